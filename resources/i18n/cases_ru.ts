<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApplicantPart</name>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="32"/>
        <source>Type the 12 digits of the IIN.</source>
        <translation>Введите 12 цифр ИИН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="37"/>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="47"/>
        <source>male</source>
        <translation>мужской пол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="47"/>
        <source>female</source>
        <translation>женский пол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="48"/>
        <source>Correct IIN: born %1, %2</source>
        <translation>ИИН верен: дата рождения %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="108"/>
        <source>Matches the IIN</source>
        <translation>Совпадает с ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="57"/>
        <source>In the college&apos;s archive: %1, group %2</source>
        <translation>В архиве колледжа: %1, группа %2</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="56"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="57"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="58"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="59"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="60"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="62"/>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="121"/>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="123"/>
        <source>The first {count} found are shown: narrow the search.</source>
        <translation>Показаны первые {count} найденных: уточните поиск.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="146"/>
        <source>Also written: {names}</source>
        <translation>Также записан(а): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="156"/>
        <source>Specialty: {text}</source>
        <translation>Специальность: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="160"/>
        <source>Qualification: {text}</source>
        <translation>Квалификация: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="163"/>
        <source>Diploma: {diploma}</source>
        <translation>Диплом: {diploma}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="165"/>
        <source>Grades in the archive: {count}</source>
        <translation>Оценок в архиве: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="174"/>
        <source>The college&apos;s archive</source>
        <translation>Архив колледжа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="175"/>
        <source>IIN, name or diploma No.:</source>
        <translation>ИИН, ФИО или номер диплома:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="176"/>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="177"/>
        <source>Graduated, from – to:</source>
        <translation>Год выпуска, с – по:</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="58"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="59"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="60"/>
        <source>Channel</source>
        <translation>Способ подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="61"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="62"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="63"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="64"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="65"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="66"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="61"/>
        <source>Choose a case in the list.</source>
        <translation>Выберите дело в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="77"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="78"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="81"/>
        <source>request No. %1</source>
        <translation>запрос № %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="82"/>
        <source>Channel</source>
        <translation>Способ подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="84"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="89"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="90"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="91"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="92"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="93"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="95"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="97"/>
        <source>Language of the result</source>
        <translation>Язык результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="99"/>
        <source>the document was lost</source>
        <translation>документ утерян</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="100"/>
        <source>the document was damaged</source>
        <translation>документ повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="102"/>
        <source>the name has changed</source>
        <translation>изменились ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="103"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="104"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="105"/>
        <source>Registered by</source>
        <translation>Зарегистрировал(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="106"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="107"/>
        <source>Book of duplicates No.</source>
        <translation>№ в книге дубликатов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="108"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="114"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="133"/>
        <source>Returned for rework by the head:</source>
        <translation>Руководитель вернул на доработку:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="137"/>
        <source>Grounds for refusal:</source>
        <translation>Основания отказа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="150"/>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="152"/>
        <source>expired</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="154"/>
        <source>presented</source>
        <translation>представлен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="160"/>
        <source>Handed over to the State Corporation</source>
        <translation>Передано в Госкорпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="161"/>
        <source>Returned by the State Corporation</source>
        <translation>Возвращено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="162"/>
        <source>Requested again by the State Corporation</source>
        <translation>Повторно запрошено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="112"/>
        <source>Kept at the State Corporation until</source>
        <translation>Хранится в Госкорпорации до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="116"/>
        <source>Registration took</source>
        <translation>Регистрация заняла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="117"/>
        <source>Issue took</source>
        <translation>Выдача заняла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="21"/>
        <source>%1 min (norm %2 min)</source>
        <translation>%1 мин (норма %2 мин)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="28"/>
        <source>over the norm</source>
        <translation>сверх нормы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="120"/>
        <source>Blank spoiled</source>
        <translation>Испорчен бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="122"/>
        <source>Printed on blank</source>
        <translation>Напечатан на бланке</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/base.py" line="87"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/base.py" line="88"/>
        <source>Read the cases again (F5)</source>
        <translation>Перечитать дела (F5)</translation>
    </message>
</context>
<context>
    <name>CertificateEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="220"/>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="221"/>
        <source>full-time</source>
        <translation>очная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="221"/>
        <source>evening</source>
        <translation>вечерняя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="222"/>
        <source>extramural</source>
        <translation>заочная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="222"/>
        <source>distance</source>
        <translation>дистанционная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="223"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="223"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="224"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="234"/>
        <source>e.g. 0304000</source>
        <translation>например, 0304000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="235"/>
        <source>e.g. at own request</source>
        <translation>например, по собственному желанию</translation>
    </message>
</context>
<context>
    <name>ClerkWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="114"/>
        <source>New application…</source>
        <translation>Новое заявление…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="115"/>
        <source>Registry journal…</source>
        <translation>Журнал регистрации…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="116"/>
        <source>Book of duplicates…</source>
        <translation>Книга дубликатов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="117"/>
        <source>Issue the result…</source>
        <translation>Выдать результат…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="118"/>
        <source>Handed over to the State Corporation</source>
        <translation>Передано в Госкорпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="119"/>
        <source>Returned by the State Corporation</source>
        <translation>Возвращено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="120"/>
        <source>Requested again by the State Corporation</source>
        <translation>Повторно запрошено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="121"/>
        <source>Withdraw the application…</source>
        <translation>Отозвать заявление…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="122"/>
        <source>Print the receipt</source>
        <translation>Печать расписки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="123"/>
        <source>Print the result</source>
        <translation>Печать результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="125"/>
        <source>Preview on plain paper (marked as a copy, not for issue)</source>
        <translation>Просмотр на простом листе (с отметкой «копия», не для выдачи)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="124"/>
        <source>On the pre-printed blank (to issue)</source>
        <translation>На бланк строгой отчётности (для выдачи)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="184"/>
        <source>The result was handed over to the State Corporation today. It keeps the result for the applicant for one month.</source>
        <translation>Результат сегодня передан в Госкорпорацию. Она хранит его для заявителя один месяц.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="189"/>
        <source>The State Corporation returned the unclaimed result to the college for storage.</source>
        <translation>Госкорпорация вернула невостребованный результат в колледж на хранение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="194"/>
        <source>The applicant came to the State Corporation: it asks for the result again. Send it within one working day.</source>
        <translation>Заявитель обратился в Госкорпорацию: она повторно запрашивает результат. Отправьте его в течение одного рабочего дня.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="199"/>
        <source>The applicant withdraws the application. The case will be closed without a result.</source>
        <translation>Заявитель отзывает заявление. Дело будет закрыто без результата.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="208"/>
        <source>Record this?</source>
        <translation>Записать это?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="253"/>
        <source>Registry journal</source>
        <translation>Журнал регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="263"/>
        <source>Book of issued duplicates</source>
        <translation>Книга выданных дубликатов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="151"/>
        <source>The State Corporation keeps the result for the applicant until %1.</source>
        <translation>Госкорпорация хранит результат для заявителя до %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="127"/>
        <source>The blank was spoiled… (print on the next blank)</source>
        <translation>Бланк испорчен… (печать на следующем бланке)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="235"/>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="246"/>
        <source>The blank was spoiled</source>
        <translation>Бланк испорчен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="236"/>
        <source>Why is the blank spoiled (it will be written off by the commission&apos;s act)? The result will be printed again on the next blank.</source>
        <translation>Почему бланк испорчен (он будет списан актом комиссии)? Результат будет напечатан заново на следующем бланке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="247"/>
        <source>Blank {spoiled} is recorded as spoiled. The result is now on blank {taken}: put that blank into the printer.</source>
        <translation>Бланк {spoiled} отмечен как испорченный. Теперь результат на бланке {taken}: вложите этот бланк в принтер.</translation>
    </message>
</context>
<context>
    <name>DeskTimesList</name>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="122"/>
        <source>At the desk this month: %1 registrations and issues, %2 over their norm</source>
        <translation>В канцелярии в этом месяце: регистраций и выдач — %1, сверх нормы — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Took</source>
        <translation>Заняло</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="129"/>
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="129"/>
        <source>issue</source>
        <translation>выдача</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="131"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="132"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <location filename="../../desktop/ui/workspaces/document_checklist.py" line="27"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/document_checklist.py" line="28"/>
        <source>Presented</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/document_checklist.py" line="29"/>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
</context>
<context>
    <name>DraftFilling</name>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="33"/>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="42"/>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="47"/>
        <source>Subjects of the previous certificate</source>
        <translation>Дисциплины предыдущей справки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="34"/>
        <source>Fill in the specialty code first.</source>
        <translation>Сначала заполните код специальности.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="43"/>
        <source>No signed certificate of specialty %1 yet.</source>
        <translation>Подписанных справок по специальности %1 пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="48"/>
        <source>Add %1 subjects below the rows already in the transcript?</source>
        <translation>Добавить %1 дисциплин под уже заполненными строками?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="88"/>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="96"/>
        <source>Fill from the archive</source>
        <translation>Заполнение из архива</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="89"/>
        <source>The archive holds %1 subjects of %2. Replace the %3 rows of the transcript with them?</source>
        <translation>В архиве %1 дисциплин по %2. Заменить ими %3 строк перечня оценок?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="97"/>
        <source>The archive holds nothing more for this draft.</source>
        <translation>В архиве нет ничего больше для этого проекта.</translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="29"/>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="41"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="30"/>
        <source>Save the changes to the draft of case %1 first?</source>
        <translation>Сначала сохранить изменения в проекте по делу %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="42"/>
        <source>Save the changes to the draft of case %1 before closing?</source>
        <translation>Сохранить изменения в проекте по делу %1 перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="77"/>
        <source>Unsaved changes found</source>
        <translation>Найдены несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="78"/>
        <source>Changes to the draft of case %1 were not saved (the last copy is from %2). Put them back on screen?</source>
        <translation>Изменения в проекте по делу %1 не были сохранены (последняя копия от %2). Вернуть их на экран?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="93"/>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
</context>
<context>
    <name>DuplicateEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="292"/>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="296"/>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="297"/>
        <source>appendix to the diploma (transcript)</source>
        <translation>приложение к диплому (перечень оценок)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="301"/>
        <source>surname, name and patronymic as in the original</source>
        <translation>фамилия, имя, отчество как в оригинале</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="305"/>
        <source>empty: at signing, the next in stock ({blank})</source>
        <translation>пусто: при подписании — следующий в наличии ({blank})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="306"/>
        <source>empty: at signing, the next blank in stock</source>
        <translation>пусто: при подписании — следующий бланк в наличии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="309"/>
        <source>Leave the new blank&apos;s series and number empty: the head&apos;s signing takes the next blank in stock ({blank}).</source>
        <translation>Оставьте серию и номер нового бланка пустыми: при подписании руководителем берётся следующий бланк в наличии ({blank}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="311"/>
        <source>Leave the new blank&apos;s series and number empty: the head&apos;s signing takes the next blank in stock.</source>
        <translation>Оставьте серию и номер нового бланка пустыми: при подписании руководителем берётся следующий бланк в наличии.</translation>
    </message>
</context>
<context>
    <name>EsignPanel</name>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="114"/>
        <source>Sign electronically…</source>
        <translation>Подписать электронно…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="116"/>
        <source>Sign this signed result with your key through NCALayer as well</source>
        <translation>Подписать этот подписанный результат также своим ключом через NCALayer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="117"/>
        <source>Save the signed files…</source>
        <translation>Сохранить подписанные файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="118"/>
        <source>Check the signature</source>
        <translation>Проверить подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="148"/>
        <source>Not signed electronically.</source>
        <translation>Электронной подписи нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="155"/>
        <source>Signed electronically by {name} (IIN {iin}) on {date}.</source>
        <translation>Подписано электронно: {name} (ИИН {iin}), {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="159"/>
        <source>The result was fixed again since: the signature is of its earlier version.</source>
        <translation>Результат с тех пор зафиксирован заново: подпись относится к его прежней версии.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="187"/>
        <source>Choose a folder for the signed files</source>
        <translation>Выберите папку для подписанных файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="194"/>
        <source>Signed files saved</source>
        <translation>Подписанные файлы сохранены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="195"/>
        <source>Saved:
{files}

Give the applicant, the State Corporation or the portal the PDF with its .cms file (or the .zip of both). The signature can be checked with NCALayer, ezsigner.kz or Kense.</source>
        <translation>Сохранено:
{files}

Передайте заявителю, в Госкорпорацию или на портал PDF вместе с его файлом .cms (или .zip с обоими). Подпись можно проверить в NCALayer, на ezsigner.kz или в Kense.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="57"/>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="257"/>
        <source>Electronic signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="55"/>
        <source>Sign the document in NCALayer&apos;s window…</source>
        <translation>Подпишите документ в окне NCALayer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="56"/>
        <source>Stop waiting</source>
        <translation>Не ждать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="233"/>
        <source>Choose the signed PDF</source>
        <translation>Выберите подписанный PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="234"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="239"/>
        <source>Choose its signature (.cms)</source>
        <translation>Выберите его подпись (.cms)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="240"/>
        <source>Signatures (*.cms *.p7s *.sig);;All files (*)</source>
        <translation>Подписи (*.cms *.p7s *.sig);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="150"/>
        <source>To sign it with your key, start NCALayer on this computer and open the case again.</source>
        <translation>Чтобы подписать своим ключом, запустите NCALayer на этом компьютере и откройте дело снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="145"/>
        <source>This result is given on paper only: the law has no electronic form of it.</source>
        <translation>Этот результат выдаётся только на бумаге: закон не предусматривает его электронной формы.</translation>
    </message>
</context>
<context>
    <name>ExecutorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="128"/>
        <location filename="../../desktop/ui/workspaces/executor.py" line="154"/>
        <source>My assignments (%1)</source>
        <translation>Мои поручения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="130"/>
        <source>All my cases</source>
        <translation>Все мои дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="131"/>
        <source>Cases assigned to me, the most urgent first</source>
        <translation>Дела, назначенные мне, срочные первыми</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="132"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="133"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="231"/>
        <source>Choose a case in the list on the left.</source>
        <translation>Выберите дело в списке слева.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="135"/>
        <source>Save the draft</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="137"/>
        <source>Submit to the head</source>
        <translation>Отправить руководителю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="240"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="240"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="256"/>
        <source>Returned for rework by the head:</source>
        <translation>Руководитель вернул на доработку:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="242"/>
        <source>Language of the result: %1</source>
        <translation>Язык результата: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="232"/>
        <source>This screen has no editor for the result of this service. Ask the administrator.</source>
        <translation>На этом экране нет редактора результата этой услуги. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="136"/>
        <source>Fill from the archive…</source>
        <translation>Заполнить из архива…</translation>
    </message>
</context>
<context>
    <name>GroundsDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="115"/>
        <source>Propose a refusal</source>
        <translation>Предложить отказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="116"/>
        <source>Preliminary decision to refuse</source>
        <translation>Предварительное решение об отказе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="117"/>
        <source>Motivated refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="119"/>
        <source>Case %1, applicant %2.</source>
        <translation>Дело %1, заявитель %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="122"/>
        <source>The papers are in the language of the result: %1. Write the motivation in this language: the letter must not mix languages.</source>
        <translation>Документы составляются на языке результата: %1. Пишите мотивировку на этом языке: в письме языки не смешиваются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="126"/>
        <source>Grounds the law gives for refusing the service (at least one; the desk&apos;s grounds for refusing acceptance are not among them):</source>
        <translation>Предусмотренные законом основания отказа в оказании услуги (хотя бы одно; основания отказа в приёме документов сюда не относятся):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="129"/>
        <source>Motivation: the facts on which the refusal rests. It is printed for the applicant.</source>
        <translation>Мотивировка: факты, на которых основан отказ. Она печатается в документе для заявителя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="141"/>
        <source>Hearing day</source>
        <translation>День заслушивания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="141"/>
        <source>Hour</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="141"/>
        <source>Place or way</source>
        <translation>Место или способ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="144"/>
        <source>e.g. the head&apos;s office, room 204; or by phone</source>
        <translation>например, кабинет руководителя, 204; или по телефону</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="165"/>
        <source>Discard the text?</source>
        <translation>Отказаться от текста?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="166"/>
        <source>The text you wrote will be lost. Close anyway?</source>
        <translation>Написанный текст будет потерян. Всё равно закрыть?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="134"/>
        <source>The term ends on %1. The notice must go out by %2 (%3 working days before the end); the hearing is held within %4 working days after the notice, on a working day.</source>
        <translation>Срок истекает %1. Уведомление должно быть направлено до %2 (за %3 рабочих дня до конца срока); заслушивание проводится в течение %4 рабочих дней после уведомления, в рабочий день.</translation>
    </message>
</context>
<context>
    <name>HeadWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="213"/>
        <source>To assign (%1)</source>
        <translation>На назначение (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="215"/>
        <source>To sign (%1)</source>
        <translation>На подпись (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="217"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="218"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="219"/>
        <source>New applications waiting for an executor</source>
        <translation>Новые заявления, ожидающие исполнителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="222"/>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="224"/>
        <source>Due by the end of the next working day (%1)</source>
        <translation>Срок до конца следующего рабочего дня (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="226"/>
        <source>Executor (open cases in brackets):</source>
        <translation>Исполнитель (в скобках — дел в работе):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="227"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="228"/>
        <source>View the draft</source>
        <translation>Просмотреть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="229"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="341"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="344"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="350"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="230"/>
        <source>Return for rework…</source>
        <translation>Вернуть на доработку…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="337"/>
        <source>Sign the result of case %1 for %2? After signing it goes to the office to be issued and can no longer be changed.</source>
        <translation>Подписать результат по делу %1 для %2? После подписи он уходит в канцелярию на выдачу, изменить его будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="364"/>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="365"/>
        <source>What must the executor correct? The executor will see this comment.</source>
        <translation>Что должен исправить исполнитель? Исполнитель увидит этот комментарий.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="378"/>
        <source>Sign the refusal</source>
        <translation>Подписать отказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="379"/>
        <source>Sign the motivated refusal of case %1 for %2? Language of the letter: %3. After signing it goes to the office to be issued and can no longer be changed.</source>
        <translation>Подписать мотивированный отказ по делу %1 для %2? Язык письма: %3. После подписания он передаётся в канцелярию для выдачи и больше не может быть изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="346"/>
        <source>NCALayer answers on this computer: you can also sign the result electronically with your key.</source>
        <translation>На этом компьютере отвечает NCALayer: вы можете также подписать результат электронно своим ключом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="348"/>
        <source>Sign electronically…</source>
        <translation>Подписать электронно…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="231"/>
        <source>Sign the motivated refusal…</source>
        <translation>Подписать мотивированный отказ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="221"/>
        <source>Drafts waiting for your signature, and refusals waiting for your decision</source>
        <translation>Проекты, ожидающие вашей подписи, и отказы, ожидающие вашего решения</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="228"/>
        <source>The hearing</source>
        <translation>Заслушивание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="231"/>
        <source>the applicant came</source>
        <translation>заявитель явился</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="231"/>
        <source>the applicant did not come</source>
        <translation>заявитель не явился</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="232"/>
        <source>the applicant declined the hearing in writing</source>
        <translation>заявитель письменно отказался от заслушивания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="235"/>
        <source>confirm the refusal</source>
        <translation>подтвердить отказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="236"/>
        <source>give the document: back to drafting</source>
        <translation>выдать документ: вернуть на подготовку проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="237"/>
        <source>The applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="237"/>
        <source>Attended</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="237"/>
        <source>The applicant&apos;s position</source>
        <translation>Позиция заявителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="238"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="238"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
</context>
<context>
    <name>HearingPanel</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="66"/>
        <source>Propose a refusal…</source>
        <translation>Предложить отказ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="67"/>
        <source>Preliminary decision to refuse…</source>
        <translation>Предварительное решение об отказе…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="68"/>
        <source>The notice of the hearing was handed or sent…</source>
        <translation>Уведомление о заслушивании вручено или направлено…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="69"/>
        <source>Record the hearing…</source>
        <translation>Записать итоги заслушивания…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="72"/>
        <source>Notice…</source>
        <translation>Уведомление…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="73"/>
        <source>Protocol…</source>
        <translation>Протокол…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="98"/>
        <source>Refusal road: the term ends on %1; the notice must go out by %2.</source>
        <translation>Порядок отказа: срок истекает %1; уведомление должно быть направлено до %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="102"/>
        <source>Hearing: %1, %2.</source>
        <translation>Заслушивание: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="105"/>
        <source>Notice handed or sent on %1; the hearing is due by %2.</source>
        <translation>Уведомление вручено или направлено %1; заслушивание — не позднее %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="109"/>
        <source>The hearing ended in the document.</source>
        <translation>По итогам заслушивания решено выдать документ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="111"/>
        <source>The hearing confirmed the refusal.</source>
        <translation>Заслушивание подтвердило отказ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="113"/>
        <source>The head declined the proposed refusal.</source>
        <translation>Руководитель отклонил предложенный отказ.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="77"/>
        <source>Issue the result</source>
        <translation>Выдача результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="82"/>
        <source>Case %1, applicant %2. Check the identity document of the person who takes the result.</source>
        <translation>Дело %1, заявитель %2. Проверьте документ, удостоверяющий личность того, кто получает результат.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="86"/>
        <source>Received by</source>
        <translation>Кто получил</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="87"/>
        <source>the applicant</source>
        <translation>сам заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="88"/>
        <source>a representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="89"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="90"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="91"/>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="92"/>
        <source>e.g. identity card No. 012345678</source>
        <translation>например, удостоверение личности № 012345678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="93"/>
        <source>notarised, No. and date</source>
        <translation>нотариальная, номер и дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="79"/>
        <source>Case %1, applicant %2. The State Corporation gave the result out: record who took it and their document as the Corporation reports.</source>
        <translation>Дело %1, заявитель %2. Результат выдала Государственная корпорация: запишите, кто его получил, и его документ, как сообщает Корпорация.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="191"/>
        <source>The notice of the hearing</source>
        <translation>Уведомление о заслушивании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="192"/>
        <source>handed in person against signature</source>
        <translation>вручено лично под роспись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="192"/>
        <source>sent by post</source>
        <translation>направлено почтой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="193"/>
        <source>sent by e-mail</source>
        <translation>направлено по электронной почте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="193"/>
        <source>sent through the State Corporation</source>
        <translation>направлено через Государственную корпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="197"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="197"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="170"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="171"/>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="92"/>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="94"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="95"/>
        <source>How the application came</source>
        <translation>Способ подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="96"/>
        <source>Request number</source>
        <translation>Номер запроса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="97"/>
        <source>Submitted on the portal</source>
        <translation>Подано на портале</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="98"/>
        <source>Language of the result</source>
        <translation>Язык результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="99"/>
        <source>The document was</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="100"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="101"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="102"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="103"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="104"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="105"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="106"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="107"/>
        <source>Their document</source>
        <translation>Документ представителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="111"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="112"/>
        <source>Applicant (the student or graduate)</source>
        <translation>Заявитель (обучающийся или выпускник)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="114"/>
        <source>Representative (only if someone applies on the applicant&apos;s behalf)</source>
        <translation>Представитель (только если за заявителя обращается другой человек)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="115"/>
        <source>Documents presented</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="117"/>
        <source>Tick each document the applicant handed in. Tick “expired” if its validity has ended. Without a complete package the application can only be refused acceptance.</source>
        <translation>Отметьте каждый документ, который сдал заявитель. Если срок действия документа истёк, отметьте «Просрочен». При неполном пакете в приёме заявления можно только отказать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="120"/>
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="121"/>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="122"/>
        <source>The surname, name or patronymic has changed</source>
        <translation>Изменились фамилия, имя или отчество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="123"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="127"/>
        <source>power of attorney or birth certificate No.</source>
        <translation>доверенность или свидетельство №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="128"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="213"/>
        <source>Refuse acceptance and print the refusal receipt for the applicant?</source>
        <translation>Отказать в приёме и напечатать заявителю расписку об отказе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="214"/>
        <source>Incomplete package</source>
        <translation>Неполный пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="258"/>
        <source>Discard the application?</source>
        <translation>Отказаться от заявления?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="259"/>
        <source>What you typed for this application will be lost. Close anyway?</source>
        <translation>Всё, что вы ввели в это заявление, будет потеряно. Всё равно закрыть?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="289"/>
        <source>Unfinished application found</source>
        <translation>Найдено незавершённое заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="290"/>
        <source>An application you were typing was not registered (the last copy is from %1). Put it back in the form?</source>
        <translation>Заявление, которое вы заполняли, не было зарегистрировано (последняя копия от %1). Вернуть его в форму?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="196"/>
        <source>Already in work</source>
        <translation>Уже в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="197"/>
        <source>This person already has an open application for this service: %1. Register another one anyway?</source>
        <translation>У этого человека уже есть открытое заявление на эту услугу: %1. Всё равно зарегистрировать ещё одно?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="124"/>
        <source>Find in the college&apos;s archive…</source>
        <translation>Найти в архиве колледжа…</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="157"/>
        <source>Search: IIN, surname or number</source>
        <translation>Поиск: ИИН, фамилия или номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="158"/>
        <source>Accepted from</source>
        <translation>Принятые с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="159"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="160"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="161"/>
        <source>Channel</source>
        <translation>Способ подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="162"/>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="164"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="166"/>
        <source>All channels</source>
        <translation>Все способы подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="235"/>
        <source>Cases found: %1</source>
        <translation>Найдено дел: %1</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="146"/>
        <source>Discard the text?</source>
        <translation>Отказаться от текста?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="147"/>
        <source>The text you wrote will be lost. Close anyway?</source>
        <translation>Написанный вами текст будет потерян. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Subject</source>
        <translation>Дисциплина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="118"/>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="119"/>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="120"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="121"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="122"/>
        <source>Paste rows from Excel</source>
        <translation>Вставить строки из Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="124"/>
        <source>Copy the columns subject, hours, credits, grade in Excel, then press this button or Ctrl+V in the table.</source>
        <translation>Скопируйте в Excel столбцы дисциплина, часы, кредиты, оценка, затем нажмите эту кнопку или Ctrl+V в таблице.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="126"/>
        <source>Subjects of the previous certificate</source>
        <translation>Дисциплины предыдущей справки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="128"/>
        <source>Start from the subject list of the last signed certificate of the same specialty (subjects only: hours, credits and grades are this person&apos;s own).</source>
        <translation>Начать со списка дисциплин последней подписанной справки той же специальности (только дисциплины: часы, кредиты и оценки — собственные данные этого человека).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="130"/>
        <source>One subject per row. Fill in hours or credits (or both) and the grade as written in the records. Rows copied from Excel can be pasted with Ctrl+V.</source>
        <translation>Одна дисциплина в строке. Заполните часы или кредиты (или и то, и другое) и оценку, как в документах. Строки, скопированные из Excel, можно вставить через Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>_ContentEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="159"/>
        <source>From the archive: check it against the documents</source>
        <translation>Из архива: сверьте с документами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="166"/>
        <source>from the archive: check it against the documents</source>
        <translation>из архива: сверьте с документами</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>There is nothing to print for this case yet.</source>
        <translation>По этому делу пока нечего печатать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="165"/>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="166"/>
        <source>Refusal receipt</source>
        <translation>Расписка об отказе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="167"/>
        <source>Draft result</source>
        <translation>Проект результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="168"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="169"/>
        <source>Registry journal</source>
        <translation>Журнал регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="170"/>
        <source>Book of issued duplicates</source>
        <translation>Книга выданных дубликатов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Notice of the preliminary decision and of the hearing</source>
        <translation>Уведомление о предварительном решении и заслушивании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Hearing protocol</source>
        <translation>Протокол заслушивания</translation>
    </message>
</context>
</TS>
