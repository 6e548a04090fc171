<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminWorkspace</name>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="67"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="68"/>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="69"/>
        <source>Work calendar</source>
        <translation>Рабочий календарь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="70"/>
        <source>Blank printing</source>
        <translation>Печать на бланках</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="74"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="75"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="73"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="71"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="72"/>
        <source>Blanks</source>
        <translation>Бланки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="76"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="60"/>
        <source>Imported on</source>
        <translation>Когда импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="61"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="62"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="63"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="64"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="65"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="66"/>
        <source>Cells not read</source>
        <translation>Непрочитанные ячейки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="67"/>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="93"/>
        <source>Choose an Excel file…</source>
        <translation>Выбрать файл Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="94"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="95"/>
        <source>Save the template…</source>
        <translation>Сохранить шаблон…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="96"/>
        <source>Files imported</source>
        <translation>Импортированные файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="106"/>
        <source>Choose an Excel file</source>
        <translation>Выбор файла Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="121"/>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="141"/>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="148"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="156"/>
        <source>The file was imported. Added: {added}; updated: {updated}; unchanged: {unchanged}. Nothing was deleted.</source>
        <translation>Файл импортирован. Добавлено: {added}; обновлено: {updated}; без изменений: {unchanged}. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="165"/>
        <source>grade in “{subject}”</source>
        <translation>оценка по «{subject}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="167"/>
        <source>another spelling</source>
        <translation>другое написание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="170"/>
        <source>… and {count} more (see the audit log)</source>
        <translation>… и ещё {count} (см. журнал аудита)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="176"/>
        <source>Save the template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="89"/>
        <source>Bring in the college&apos;s summary grade sheets (one sheet per group) or lists of students and graduates with a header row. Nothing is stored until you check the preview (leave out any row that is no student) and press Import. A repeated or corrected file adds and updates; it never deletes anyone.</source>
        <translation>Загрузите сводные ведомости колледжа (по листу на группу) или списки студентов и выпускников со строкой заголовков. Ничего не сохраняется, пока вы не проверите предпросмотр (исключите любую строку, где не студент) и не нажмёте «Импортировать». Повторный или исправленный файл добавляет и обновляет; никого не удаляет.</translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="149"/>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="170"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="150"/>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="171"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="151"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="153"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="154"/>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="163"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="155"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="157"/>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="159"/>
        <source>Diploma date</source>
        <translation>Дата диплома</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="160"/>
        <source>Grades</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="164"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="165"/>
        <source>Subject</source>
        <translation>Дисциплина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="166"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="167"/>
        <source>Credits</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="172"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="173"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="174"/>
        <source>Cell text</source>
        <translation>Текст ячейки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="251"/>
        <source>summary grade sheets, one sheet per group</source>
        <translation>сводные ведомости, по листу на группу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="253"/>
        <source>a list with a header row</source>
        <translation>список со строкой заголовков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="260"/>
        <source>{file}: {layout}. Groups: {groups}; students: {students}; subjects: {subjects}; grades: {grades}. Rows left out: {skipped}; cells that could not be read: {errors}.</source>
        <translation>{file}: {layout}. Групп: {groups}; студентов: {students}; дисциплин: {subjects}; оценок: {grades}. Пропущено строк: {skipped}; не прочитано ячеек: {errors}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="272"/>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="272"/>
        <source>Subjects</source>
        <translation>Дисциплины</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="273"/>
        <source>Cells not read</source>
        <translation>Непрочитанные ячейки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="273"/>
        <source>Rows left out</source>
        <translation>Пропущенные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="280"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="130"/>
        <source>summary grade sheet</source>
        <translation>сводная ведомость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="131"/>
        <source>list with a header row</source>
        <translation>список со строкой заголовков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="146"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="147"/>
        <source>left out</source>
        <translation>исключён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="255"/>
        <source>{summaries} summary grade sheets (one per group) and {lists} lists with a header row</source>
        <translation>сводных ведомостей (по листу на группу): {summaries}, списков со строкой заголовков: {lists}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="267"/>
        <source>Students you left out of the import: {count}.</source>
        <translation>Студентов, исключённых вами из импорта: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="278"/>
        <source>Leave the chosen rows out</source>
        <translation>Исключить выбранные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="279"/>
        <source>Take the chosen rows back in</source>
        <translation>Вернуть выбранные строки</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="26"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="27"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="28"/>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="29"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="30"/>
        <source>attempt</source>
        <translation>попытка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="31"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="32"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="33"/>
        <source>college</source>
        <translation>колледж</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="34"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="35"/>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="36"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="37"/>
        <source>deadlines moved</source>
        <translation>перенесено сроков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="38"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="39"/>
        <source>saved before</source>
        <translation>предварительно сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="42"/>
        <source>reg. number</source>
        <translation>рег. номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="43"/>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="44"/>
        <source>channel</source>
        <translation>способ подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="45"/>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="46"/>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="47"/>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="48"/>
        <source>transcript rows</source>
        <translation>строк оценок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="49"/>
        <source>book number</source>
        <translation>номер в книге</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="50"/>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="51"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="52"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="53"/>
        <source>documents presented</source>
        <translation>представленные документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="54"/>
        <source>documents missing</source>
        <translation>недостающие документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="55"/>
        <source>documents expired</source>
        <translation>просроченные документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="56"/>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="57"/>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="58"/>
        <source>issued to</source>
        <translation>кому выдано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="59"/>
        <source>recipient&apos;s identity document</source>
        <translation>документ, удостоверяющий личность получателя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="60"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="61"/>
        <source>verification code</source>
        <translation>код проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="62"/>
        <source>grounds for refusal</source>
        <translation>основание отказа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="63"/>
        <source>comment for rework</source>
        <translation>замечание на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="64"/>
        <source>printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="65"/>
        <source>offsets, mm</source>
        <translation>смещения, мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="66"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="124"/>
        <source>handed over to the State Corporation</source>
        <translation>передано в Госкорпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="125"/>
        <source>returned by the State Corporation</source>
        <translation>возвращено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="126"/>
        <source>requested by the State Corporation</source>
        <translation>повторно запрошено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="106"/>
        <location filename="../../desktop/ui/admin/audit_details.py" line="129"/>
        <source>the applicant</source>
        <translation>сам заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="130"/>
        <source>a representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="133"/>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="134"/>
        <source>appendix to the diploma</source>
        <translation>приложение к диплому</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="51"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="52"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="53"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="56"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="57"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="58"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="99"/>
        <source>Verify the log</source>
        <translation>Проверить журнал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="102"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="103"/>
        <source>Show older entries</source>
        <translation>Показать более ранние записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="120"/>
        <source>Checking the audit log…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="76"/>
        <source>begun at the desk</source>
        <translation>начато на приёме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="77"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="78"/>
        <source>students added</source>
        <translation>добавлено студентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="79"/>
        <source>students updated</source>
        <translation>обновлено студентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="80"/>
        <source>students unchanged</source>
        <translation>студентов без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="82"/>
        <source>students changed</source>
        <translation>изменено студентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="83"/>
        <source>cells not read</source>
        <translation>непрочитанных ячеек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="84"/>
        <source>layout of the file</source>
        <translation>вид файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="85"/>
        <source>batch No.</source>
        <translation>партия №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="86"/>
        <source>kind of blank</source>
        <translation>вид бланка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="87"/>
        <source>series</source>
        <translation>серия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="88"/>
        <source>first number</source>
        <translation>первый номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="89"/>
        <source>last number</source>
        <translation>последний номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="90"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="91"/>
        <source>blanks</source>
        <translation>бланков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="92"/>
        <source>already used</source>
        <translation>уже использовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="93"/>
        <source>blank</source>
        <translation>бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="94"/>
        <source>spoiled blank</source>
        <translation>испорченный бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="95"/>
        <source>fixed record replaced No.</source>
        <translation>заменённая зафиксированная запись №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="96"/>
        <source>signed electronically by</source>
        <translation>подписал электронно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="97"/>
        <source>certificate of</source>
        <translation>владелец сертификата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="100"/>
        <source>legal ground</source>
        <translation>правовое основание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="101"/>
        <source>legal grounds</source>
        <translation>правовые основания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="102"/>
        <source>hearing</source>
        <translation>заслушивание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="103"/>
        <source>notice No.</source>
        <translation>уведомление №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="104"/>
        <source>notice handed or sent on</source>
        <translation>уведомление вручено/направлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="105"/>
        <source>how</source>
        <translation>как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="107"/>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="137"/>
        <source>handed in person against signature</source>
        <translation>вручено лично под роспись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="138"/>
        <source>sent by post</source>
        <translation>направлено почтой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="139"/>
        <source>sent by e-mail</source>
        <translation>направлено по электронной почте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="140"/>
        <source>sent through the State Corporation</source>
        <translation>направлено через Государственную корпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="143"/>
        <source>came to the hearing</source>
        <translation>явился на заслушивание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="144"/>
        <source>did not come</source>
        <translation>не явился</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="145"/>
        <source>declined in writing</source>
        <translation>письменно отказался</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="160"/>
        <source>the document is given</source>
        <translation>документ выдаётся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="161"/>
        <source>the refusal is confirmed</source>
        <translation>отказ подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="98"/>
        <source>list of revoked certificates of</source>
        <translation>список отозванных сертификатов издателя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="99"/>
        <source>list dated</source>
        <translation>список от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="40"/>
        <source>tables</source>
        <translation>таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="41"/>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="81"/>
        <source>students left out by the administrator</source>
        <translation>исключено администратором студентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="109"/>
        <source>restore check</source>
        <translation>проверка восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="110"/>
        <source>found</source>
        <translation>найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="111"/>
        <source>audit records checked</source>
        <translation>проверено записей аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="112"/>
        <source>checked on</source>
        <translation>дата проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="113"/>
        <source>kept as</source>
        <translation>сохранена как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="148"/>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="149"/>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНА</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="150"/>
        <source>not done</source>
        <translation>не выполнена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="153"/>
        <source>a record of the copy was changed</source>
        <translation>запись в копии изменена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="154"/>
        <source>the copy cannot be restored</source>
        <translation>копию невозможно восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="155"/>
        <source>no office key on the server PC</source>
        <translation>на компьютере-сервере нет ключа организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="156"/>
        <source>the server&apos;s user may not create databases</source>
        <translation>пользователю сервера не разрешено создавать базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="108"/>
        <source>proposed refusal declined</source>
        <translation>предложенный отказ отклонен</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="50"/>
        <source>Made on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="51"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="52"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="53"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="80"/>
        <source>Made by the administrator</source>
        <translation>Создана администратором</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="82"/>
        <source>Daily, automatic</source>
        <translation>Ежедневная, автоматическая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="84"/>
        <source>Saved before a restore</source>
        <translation>Сохранена перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="86"/>
        <source>Saved before a program update</source>
        <translation>Сохранена перед обновлением программы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="87"/>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="91"/>
        <source>Kense makes a copy of the database every day it is started and keeps the last 14. Make a copy yourself before big changes, and keep copies on another disk too. Restoring replaces all current data with the copy; the current data is saved first.</source>
        <translation>Kense каждый день при запуске делает копию базы данных и хранит последние 14. Перед крупными изменениями сделайте копию сами и храните копии также на другом диске. Восстановление заменяет все текущие данные копией; текущие данные предварительно сохраняются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="95"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="96"/>
        <source>Restore the selected copy…</source>
        <translation>Восстановить из выбранной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="97"/>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="110"/>
        <source>Folder of the copies: {folder}</source>
        <translation>Папка копий: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="172"/>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="179"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="180"/>
        <source>The backup was made and checked:
{path}</source>
        <translation>Резервная копия создана и проверена:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="195"/>
        <source>Restore from a file</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="203"/>
        <location filename="../../desktop/ui/admin/backups.py" line="229"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="205"/>
        <source>Replace ALL current data with the copy {name}?

Everything entered after that copy was made will be gone from the working database (the current data is saved to the backups folder first). Other computers must not work with Kense meanwhile. After the restore everyone signs in again.</source>
        <translation>Заменить ВСЕ текущие данные копией {name}?

Всё, что введено после создания этой копии, исчезнет из рабочей базы (текущие данные сначала сохраняются в папку копий). Другие компьютеры в это время не должны работать с Kense. После восстановления все входят заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="218"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="224"/>
        <source>The data was restored from {name}.</source>
        <translation>Данные восстановлены из копии {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="226"/>
        <source>The previous data was saved as {name}.</source>
        <translation>Прежние данные сохранены как {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="228"/>
        <source>Sign in again.</source>
        <translation>Войдите заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="113"/>
        <source>The office server&apos;s newest daily backup: {when}, {file}</source>
        <translation>Последняя ежедневная резервная копия сервера офиса: {when}, {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="196"/>
        <source>Kense backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>Резервные копии Kense (*.sqlite3 *.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="127"/>
        <source>The office server&apos;s backups have not yet been restored into a scratch database and checked (the server PC does it once a week).</source>
        <translation>Резервные копии сервера офиса ещё не восстанавливались во временную базу для проверки (компьютер-сервер делает это раз в неделю).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="131"/>
        <source>Last restore check: {when}, passed ({file} restored into a scratch database, the audit check passed).</source>
        <translation>Последняя проверка восстановления: {when}, пройдена ({file} восстановлена во временную базу, проверка журнала аудита пройдена).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="135"/>
        <source>it cannot be restored</source>
        <translation>её невозможно восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="136"/>
        <source>its copy does not pass the audit check</source>
        <translation>восстановленная копия не проходит проверку журнала аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="137"/>
        <source>Last restore check: {when}, FAILED: {why}. {file} was kept as {file}.bad and is not offered for a restore; check the records on the Audit page and keep older copies.</source>
        <translation>Последняя проверка восстановления: {when}, НЕ ПРОЙДЕНА: {why}. {file} сохранена как {file}.bad и не предлагается для восстановления; проверьте записи на странице «Журнал аудита» и сохраните более старые копии.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="141"/>
        <source>the server PC does not have the office key</source>
        <translation>на компьютере-сервере нет ключа организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="142"/>
        <source>the server&apos;s user may not create databases</source>
        <translation>пользователю сервера не разрешено создавать базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="143"/>
        <source>see the log of Kense on the server PC ({code})</source>
        <translation>см. журнал Kense на компьютере-сервере ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="145"/>
        <source>Last restore check: {when}, not done: {why}.</source>
        <translation>Последняя проверка восстановления: {when}, не выполнена: {why}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="97"/>
        <source>Batch of blanks received</source>
        <translation>Поступила партия бланков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="100"/>
        <source>Kind of blank</source>
        <translation>Вид бланка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="100"/>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="100"/>
        <source>First number</source>
        <translation>Первый номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="101"/>
        <source>Last number</source>
        <translation>Последний номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="101"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="102"/>
        <source>Document of receipt (waybill, act)</source>
        <translation>Документ поступления (накладная, акт)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="98"/>
        <source>Correct a batch of blanks</source>
        <translation>Исправление партии бланков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="116"/>
        <source>{series} {first}–{last}: {count} blanks</source>
        <translation>{series} {first}–{last}: всего бланков {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="127"/>
        <source>Record {count} blanks of the kind “{kind}”: series {series}, numbers {first}–{last}?</source>
        <translation>Записать бланки вида «{kind}»: серия {series}, номера {first}–{last}, всего {count} шт.?</translation>
    </message>
</context>
<context>
    <name>BlankReportsDialog</name>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="158"/>
        <source>Strict-accountability blanks</source>
        <translation>Бланки строгой отчётности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="159"/>
        <source>In stock now, by kind and series:</source>
        <translation>Сейчас в наличии, по видам и сериям:</translation>
    </message>
</context>
<context>
    <name>BlankReportsPanel</name>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="88"/>
        <source>Reports for a period</source>
        <translation>Отчёты за период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="89"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="90"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="91"/>
        <source>Stock report…</source>
        <translation>Отчёт об остатках…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="92"/>
        <source>Stock report to Excel…</source>
        <translation>Отчёт об остатках в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="93"/>
        <source>Write-off act of spoiled blanks…</source>
        <translation>Акт списания испорченных бланков…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="104"/>
        <source>Write-off act of spoiled blanks</source>
        <translation>Акт списания испорченных бланков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="112"/>
        <source>Blank stock report</source>
        <translation>Отчёт об остатках бланков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="119"/>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="131"/>
        <source>Stock report to Excel</source>
        <translation>Отчёт об остатках в Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="132"/>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>BlanksPage</name>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="164"/>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="38"/>
        <source>Kind of blank</source>
        <translation>Вид бланка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="165"/>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="173"/>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="38"/>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="39"/>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="39"/>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="40"/>
        <source>Spoiled</source>
        <translation>Испорчено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="40"/>
        <source>Lost</source>
        <translation>Утрачено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="41"/>
        <source>Next to be used</source>
        <translation>Следующий к использованию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="163"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="166"/>
        <source>Numbers</source>
        <translation>Номера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="167"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="168"/>
        <source>Document of receipt</source>
        <translation>Документ поступления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="169"/>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="174"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="175"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="178"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="179"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="181"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="182"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="235"/>
        <source>Duplicates are printed on numbered blanks of strict accountability. Record each batch received here: the head&apos;s signing takes the next blank in stock (the lowest number of its series), a misprint is written off as spoiled by the clerk, and the commission signs the act of the blanks spoiled in the period.</source>
        <translation>Дубликаты печатаются на нумерованных бланках строгой отчётности. Записывайте здесь каждую поступившую партию: при подписании руководителем берётся следующий бланк в наличии (наименьший номер серии), испорченный при печати бланк сотрудник канцелярии отмечает как испорченный, а акт об испорченных за период бланках подписывает комиссия.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="239"/>
        <source>Stock by series</source>
        <translation>Остатки по сериям</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="240"/>
        <source>Batches received</source>
        <translation>Поступившие партии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="241"/>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="302"/>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="341"/>
        <source>Blanks</source>
        <translation>Бланки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="242"/>
        <source>Record a batch received…</source>
        <translation>Записать поступившую партию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="245"/>
        <source>Mark the chosen blank as lost…</source>
        <translation>Отметить выбранный бланк как утраченный…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="254"/>
        <source>Every state</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="272"/>
        <source>Every series</source>
        <translation>Все серии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="341"/>
        <source>Choose a blank in the list first.</source>
        <translation>Сначала выберите бланк в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="344"/>
        <source>Blank lost</source>
        <translation>Бланк утрачен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="344"/>
        <source>Why is blank {series} № {number} lost?</source>
        <translation>Почему утрачен бланк {series} № {number}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="243"/>
        <source>Correct the chosen batch…</source>
        <translation>Исправить выбранную партию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="244"/>
        <source>Cancel the chosen batch…</source>
        <translation>Аннулировать выбранную партию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="302"/>
        <source>Choose a batch in the list first.</source>
        <translation>Сначала выберите партию в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="325"/>
        <source>Cancel a batch</source>
        <translation>Аннулирование партии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="326"/>
        <source>The batch {series} {first}–{last} ({count} blanks) leaves the stock. Why is it cancelled?</source>
        <translation>Партия {series} {first}–{last} (бланков: {count}) выбывает из остатка. Почему она аннулируется?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="104"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="105"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="106"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="108"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="130"/>
        <source>Extra working day</source>
        <translation>Дополнительный рабочий день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="130"/>
        <source>Extra day off</source>
        <translation>Дополнительный выходной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="134"/>
        <source>Public holidays of Kazakhstan and their transferred days off are already known to Kense. Add here only the exceptions: a day off moved by a later decree, or a day this college does not work. Deadlines of open cases are recalculated.</source>
        <translation>Праздники Казахстана и перенесённые выходные Kense уже знает. Добавляйте здесь только исключения: выходной, перенесённый более поздним постановлением, или день, когда колледж не работает. Сроки открытых дел пересчитываются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="138"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="139"/>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="161"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="162"/>
        <source>Remove the exception for {day}? The day returns to the ordinary calendar.</source>
        <translation>Удалить исключение на {day}? День вернётся к обычному календарю.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="176"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="177"/>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="178"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="179"/>
        <source>Repeat the new password:</source>
        <translation>Повторите новый пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="184"/>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="62"/>
        <source>These details are printed on receipts, certificates, duplicates and letters.</source>
        <translation>Эти сведения печатаются на расписках, справках, дубликатах и письмах.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="65"/>
        <source>Name in Kazakh:</source>
        <translation>Название на казахском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="66"/>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="67"/>
        <source>Address in Kazakh:</source>
        <translation>Адрес на казахском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="68"/>
        <source>Address in Russian:</source>
        <translation>Адрес на русском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="69"/>
        <source>Head of the college:</source>
        <translation>Руководитель колледжа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="70"/>
        <source>Phone for applicants:</source>
        <translation>Телефон для заявителей:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="71"/>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="76"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="77"/>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="105"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="72"/>
        <source>BIN (for electronic signatures):</source>
        <translation>БИН (для электронных подписей):</translation>
    </message>
</context>
<context>
    <name>CrlPanel</name>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="69"/>
        <source>Lists of revoked certificates. Import the NCA&apos;s lists (nca_gost_2022.crl and its delta nca_gost_2022_d.crl; the RSA lists for older signatures) and import them again when the NCA renews them: a signature is said not revoked only as of the date of a list imported here, and only a list newer than the signing moment can say so.</source>
        <translation>Списки отозванных сертификатов. Импортируйте списки НУЦ (nca_gost_2022.crl и его дельту nca_gost_2022_d.crl; списки RSA — для старых подписей) и импортируйте их снова, когда НУЦ их обновит: подпись считается неотозванной только на дату импортированного здесь списка, и сказать это может только список новее момента подписания.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="75"/>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="75"/>
        <source>List of</source>
        <translation>Список от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="75"/>
        <source>Next list by</source>
        <translation>Следующий список до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="76"/>
        <source>Certificates listed</source>
        <translation>Сертификатов в списке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="77"/>
        <source>Import a list of revoked certificates…</source>
        <translation>Импортировать список отозванных сертификатов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="78"/>
        <source>Remove the list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="79"/>
        <source>Download the lists (online)</source>
        <translation>Скачать списки (через сеть)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="81"/>
        <source>Where this computer is online: download the lists the certificates name, in the background, and import them as files</source>
        <translation>Если компьютер подключён к сети: скачать в фоне списки, указанные в сертификатах, и импортировать их как файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="93"/>
        <source>(delta)</source>
        <translation>(дельта)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="102"/>
        <source>Choose the NCA&apos;s lists of revoked certificates</source>
        <translation>Выберите списки отозванных сертификатов НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="103"/>
        <source>Lists of revoked certificates (*.crl);;All files (*)</source>
        <translation>Списки отозванных сертификатов (*.crl);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="129"/>
        <source>No certificate here names a list to download: import the lists as files.</source>
        <translation>Ни один сертификат здесь не указывает список для скачивания: импортируйте списки как файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="132"/>
        <source>Downloading {count} lists…</source>
        <translation>Скачивается списков: {count}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="155"/>
        <source>Lists imported: {count}.</source>
        <translation>Импортировано списков: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="157"/>
        <source>Not imported: {lists}</source>
        <translation>Не импортированы: {lists}</translation>
    </message>
</context>
<context>
    <name>FigureCasesDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/figure_cases.py" line="28"/>
        <source>%1 cases</source>
        <translation>Дел: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="158"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="74"/>
        <source>Office server by join code</source>
        <translation>Сервер офиса по коду подключения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="75"/>
        <source>Paste the join code (KENSE1-…)</source>
        <translation>Вставьте код подключения (KENSE1-…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="76"/>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="77"/>
        <source>Move this computer&apos;s records to the server</source>
        <translation>Перенести записи этого компьютера на сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="78"/>
        <source>Show the join code…</source>
        <translation>Показать код подключения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="89"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="97"/>
        <source>Joined. The server is empty: move this computer&apos;s records there; until then this computer keeps working on its own file.</source>
        <translation>Подключено. Сервер пуст: перенесите на него записи этого компьютера; до тех пор этот компьютер продолжает работать со своим файлом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="101"/>
        <source>This computer now uses the office server. You will be signed out: sign in with an account of the office (a new server asks for the first setup).</source>
        <translation>Теперь этот компьютер работает с сервером офиса. Вы выйдете из системы: войдите под учётной записью офиса (новый сервер попросит первичную настройку).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="107"/>
        <source>Move all of this computer&apos;s records to the office server? Close Kense on the other computers first. A copy of this computer&apos;s file is kept in the backups.</source>
        <translation>Перенести все записи этого компьютера на сервер офиса? Сначала закройте Kense на других компьютерах. Копия файла этого компьютера сохраняется в резервных копиях.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="120"/>
        <source>Moved {rows} rows in {tables} tables; every table was checked on the server and the audit check passes. You will be signed out.</source>
        <translation>Перенесено строк: {rows}, таблиц: {tables}; каждая таблица проверена на сервере, проверка журнала аудита пройдена. Вы выйдете из системы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="132"/>
        <source>The join code lets a computer into the office&apos;s records: give it only to the computers of the office, and keep it like a password.

{code}</source>
        <translation>Код подключения открывает компьютеру доступ к записям офиса: передавайте его только компьютерам офиса и храните как пароль.

{code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="79"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="81"/>
        <source>A sheet with the join code to keep locked away: it carries the server&apos;s password</source>
        <translation>Лист с кодом подключения, который нужно хранить под замком: на нём пароль сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="148"/>
        <source>The join code&apos;s sheet</source>
        <translation>Лист с кодом подключения</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="149"/>
        <source>Kense is locked</source>
        <translation>Kense заблокирован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="151"/>
        <source>Kense is locked. {name}, type your password to continue: everything you had open is kept.</source>
        <translation>Kense заблокирован. {name}, введите пароль, чтобы продолжить: всё открытое сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="154"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="155"/>
        <source>Sign out</source>
        <translation>Выйти из системы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="157"/>
        <location filename="../../desktop/ui/lock.py" line="180"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>LockPolicyBox</name>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="41"/>
        <source>Lock the screen after this many minutes without input:</source>
        <translation>Блокировать экран после бездействия (без клавиатуры и мыши):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="42"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="43"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="64"/>
        <source>Saved: every PC uses it from the next sign-in.</source>
        <translation>Сохранено: каждый компьютер применит это со следующего входа.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="119"/>
        <source>Kense — sign in</source>
        <translation>Kense — вход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="120"/>
        <source>Kense</source>
        <translation>Kense</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="121"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="122"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="123"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="124"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="125"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="128"/>
        <source>Demo database. Users and passwords:</source>
        <translation>Демонстрационная база. Пользователи и пароли:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>This workspace is not available in this version.</source>
        <translation>Это рабочее место недоступно в этой версии.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Kense</source>
        <translation>Kense</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Sign out</source>
        <translation>Выйти из системы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220"/>
        <source>Verify a document code…</source>
        <translation>Проверить код документа…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="172"/>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>College profile</source>
        <translation>Сведения о колледже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>Work calendar</source>
        <translation>Рабочий календарь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>Blank printing</source>
        <translation>Печать на бланках</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235"/>
        <source>Backup and restore</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Database server…</source>
        <translation>Сервер базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>About Kense</source>
        <translation>О программе Kense</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Data: {location}</source>
        <translation>Данные: {location}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Your password has been changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Kense {version}

State services of the college office: duplicates of education documents and certificates for unfinished study.

Data: {location}</source>
        <translation>Kense {version}

Государственные услуги канцелярии колледжа: дубликаты документов об образовании и справки не завершившим обучение.

Данные: {location}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>The college&apos;s archive…</source>
        <translation>Архив колледжа…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>Import the archive from Excel</source>
        <translation>Импорт архива из Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Check an electronic signature…</source>
        <translation>Проверить электронную подпись…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>Electronic signatures (NCA certificates)</source>
        <translation>Электронные подписи (сертификаты НУЦ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>Strict-accountability blanks…</source>
        <translation>Бланки строгой отчётности…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>Strict-accountability blanks</source>
        <translation>Бланки строгой отчётности</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="114"/>
        <source>Kense recognised which column holds what by the column titles. If a value landed in the wrong place, choose the right column and read the file again. The choice is remembered for files of this layout.</source>
        <translation>Kense определил, что в каком столбце, по заголовкам столбцов. Если значение попало не туда, выберите нужный столбец и прочитайте файл снова. Выбор запоминается для файлов такой структуры.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="117"/>
        <source>Read the file again with these columns</source>
        <translation>Прочитать файл снова с этими столбцами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="118"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="32"/>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="32"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="33"/>
        <source>On time, % of results</source>
        <translation>В срок, % результатов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="46"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="76"/>
        <source>Calendar exception</source>
        <translation>Исключение в календаре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="77"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="78"/>
        <source>This day is:</source>
        <translation>Этот день:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="79"/>
        <source>an extra day off</source>
        <translation>дополнительный выходной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="80"/>
        <source>an extra working day</source>
        <translation>дополнительный рабочий день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="81"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="82"/>
        <source>for example: government decree of 12.01.2026</source>
        <translation>например: постановление Правительства от 12.01.2026</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="141"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="142"/>
        <source>New password for {name} ({username}).</source>
        <translation>Новый пароль для {name} ({username}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="144"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="145"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="153"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="155"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="161"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="177"/>
        <source>Printing failed</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="182"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="182"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="191"/>
        <source>Saving failed</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="158"/>
        <source>Save a copy as PDF…</source>
        <translation>Сохранить копию в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="160"/>
        <source>The file is marked as a copy; the first paper print stays the original.</source>
        <translation>Файл помечается как копия; первая печать на бумаге остаётся оригиналом.</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="90"/>
        <source>Duplicates are printed onto pre-printed blanks, and each printer shifts the page a little. Print the test sheet on plain paper of the blank&apos;s size ({width} × {height} mm), fed from the same tray as the blanks, without scaling. Measure how far the centre of mark A is from the sheet&apos;s left edge and from its top edge, and enter those two distances: Kense computes the correction itself, adding it to the one already in use. Then print the sheet again: mark A should be {x} mm from the left and {y} mm from the top.</source>
        <translation>Дубликаты печатаются на готовых бланках, а каждый принтер немного сдвигает страницу. Напечатайте тестовый лист без масштабирования на обычной бумаге размера бланка ({width} × {height} мм), подав её из того же лотка, что и бланки. Измерьте расстояние от центра метки A до левого и до верхнего края листа и введите оба расстояния: Kense сам вычислит поправку и прибавит её к уже применяемой. Затем напечатайте лист ещё раз: метка A должна оказаться в {x} мм от левого и в {y} мм от верхнего края.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="99"/>
        <location filename="../../desktop/ui/admin/printers.py" line="163"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="101"/>
        <source>Mark A from the left edge, mm</source>
        <translation>Метка A от левого края, мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="102"/>
        <source>Mark A from the top edge, mm</source>
        <translation>Метка A от верхнего края, мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="104"/>
        <source>Print the test sheet…</source>
        <translation>Напечатать тестовый лист…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="105"/>
        <source>Save the new correction</source>
        <translation>Сохранить новую поправку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="153"/>
        <source>Printer test sheet</source>
        <translation>Тестовый лист принтера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="164"/>
        <source>The new correction is saved for this printer. Print the test sheet again to check it.</source>
        <translation>Новая поправка для этого принтера сохранена. Напечатайте тестовый лист ещё раз, чтобы проверить её.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="100"/>
        <source>Correction in use</source>
        <translation>Применяемая поправка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="103"/>
        <source>New correction</source>
        <translation>Новая поправка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="136"/>
        <source>X {x} mm, Y {y} mm</source>
        <translation>X {x} мм, Y {y} мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="139"/>
        <source>X {x} mm, Y {y} mm (right and down are positive)</source>
        <translation>X {x} мм, Y {y} мм (вправо и вниз — положительные значения)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="31"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="33"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="32"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="220"/>
        <source>Reading the cases…</source>
        <translation>Чтение дел…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="236"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="238"/>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="252"/>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="247"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="253"/>
        <source>The report was saved:
%1</source>
        <translation>Отчёт сохранён:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="259"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="260"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="261"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="262"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="263"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="266"/>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="270"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="270"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="271"/>
        <source>Double-click a figure (or press Enter on it) to list the cases behind it.</source>
        <translation>Дважды щёлкните показатель (или нажмите Enter), чтобы увидеть дела за ним.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="273"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="276"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="277"/>
        <source>Registration journal</source>
        <translation>Журнал регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="278"/>
        <source>Book of issued duplicates</source>
        <translation>Книга выдачи дубликатов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="282"/>
        <source>Save as Excel…</source>
        <translation>Сохранить в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="283"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="284"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="184"/>
        <source>Still in work past the due date, now</source>
        <translation>В работе с истёкшим сроком, сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="209"/>
        <source>Still in work past the due date</source>
        <translation>В работе с истёкшим сроком</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="172"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="173"/>
        <source>Role of {name}:</source>
        <translation>Роль пользователя {name}:</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="83"/>
        <source>Database server</source>
        <translation>Сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="85"/>
        <source>When several computers of the office work together, they share one PostgreSQL server. Enter its address and account, test the connection, then use it. A single computer keeps its own database file.</source>
        <translation>Когда несколько компьютеров канцелярии работают вместе, они используют один общий сервер PostgreSQL. Введите его адрес и учётную запись, проверьте подключение, затем подключитесь. Отдельный компьютер хранит собственный файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="88"/>
        <source>Server (computer name or IP)</source>
        <translation>Сервер (имя компьютера или IP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="88"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="89"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="89"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="89"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="92"/>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="93"/>
        <source>Use this server</source>
        <translation>Использовать этот сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="94"/>
        <source>Use this computer&apos;s own database</source>
        <translation>Использовать собственную базу этого компьютера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="104"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="110"/>
        <source>The database is empty: Kense will create its tables.</source>
        <translation>База данных пуста: Kense создаст свои таблицы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="112"/>
        <source>Kense data found (version %1).</source>
        <translation>Найдены данные Kense (версия %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="113"/>
        <source>Connected: PostgreSQL %1. </source>
        <translation>Подключено: PostgreSQL %1. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="129"/>
        <source>This computer now uses the server. You will be signed out: sign in with an account of the server&apos;s database (a new server asks for the first setup).</source>
        <translation>Теперь этот компьютер работает с сервером. Вы выйдете из системы: войдите под учётной записью базы на сервере (новый сервер попросит выполнить первоначальную настройку).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="37"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="40"/>
        <source>Value now</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="67"/>
        <source>this PC</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="67"/>
        <source>every PC of the office</source>
        <translation>все компьютеры офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="72"/>
        <source>Kense itself</source>
        <translation>сама Kense</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="78"/>
        <source>not set (%1)</source>
        <translation>не задано (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="79"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="81"/>
        <location filename="../../desktop/ui/admin/settings_page.py" line="85"/>
        <source>%1 entries</source>
        <translation>записей: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="87"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="92"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="92"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="94"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="94"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="38"/>
        <source>Kept for</source>
        <translation>Действует для</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="39"/>
        <source>Changed by</source>
        <translation>Где меняется</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="50"/>
        <source>Every setting Kense keeps: this PC&apos;s own, and the office&apos;s, which every PC on this database shares. Each is changed where the column &quot;Changed by&quot; says.</source>
        <translation>Все настройки, которые хранит Kense: собственные настройки этого компьютера и настройки офиса, общие для всех компьютеров этой базы данных. Каждая меняется там, где указано в столбце «Где меняется».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="70"/>
        <source>an admin page</source>
        <translation>страница администратора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="71"/>
        <source>the sign-in window</source>
        <translation>окно входа</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="73"/>
        <source>Kense — first set-up</source>
        <translation>Kense — первоначальная настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="75"/>
        <source>This database is new. Enter the college&apos;s details and create the first administrator account; the administrator then creates the accounts of the staff.</source>
        <translation>Это новая база данных. Введите сведения о колледже и создайте учётную запись первого администратора; затем администратор создаст учётные записи сотрудников.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="78"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="79"/>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="81"/>
        <source>Name in Kazakh:</source>
        <translation>Название на казахском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="82"/>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="83"/>
        <source>Address in Kazakh:</source>
        <translation>Адрес на казахском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="84"/>
        <source>Address in Russian:</source>
        <translation>Адрес на русском:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="85"/>
        <source>Head of the college:</source>
        <translation>Руководитель колледжа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="87"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="88"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="89"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="90"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="96"/>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="97"/>
        <source>for example: admin</source>
        <translation>например: admin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="100"/>
        <source>The user name is typed in Latin letters. The password must have at least 8 characters and must not be a common one.</source>
        <translation>Имя пользователя вводится латинскими буквами. Пароль должен содержать не менее 8 символов и не быть распространённым.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="103"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="104"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="86"/>
        <source>Office phone for enquiries:</source>
        <translation>Телефон канцелярии для справок:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="98"/>
        <source>for example: +7 727 292 00 00</source>
        <translation>например: +7 727 292 00 00</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="84"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="84"/>
        <source>Valid</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="84"/>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="85"/>
        <source>Install a certificate…</source>
        <translation>Установить сертификат…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="86"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="105"/>
        <source>Choose NCA certificate files</source>
        <translation>Выберите файлы сертификатов НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="106"/>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Сертификаты (*.cer *.crt *.pem *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="71"/>
        <source>Electronic results are signed by the head&apos;s NCA RK key through NCALayer; since 2024 the NCA issues organisations&apos; signing keys as GOST 34.10-2015 (GOST512) only. Kense keeps and calls valid only a signature that chains to the NCA certificates installed here. Install from pki.gov.kz: the GOST 2022 root (root_gost_2022.cer) and intermediate (nca_gost_2022.cer); for signatures made with older keys, the NCA&apos;s RSA root and intermediate. The intermediate is required: a signature made by NCALayer carries only the signer&apos;s own certificate. Compare each SHA-256 fingerprint with the one on the NCA site. Offline, Kense checks the signature, the chain, the validity dates, the head&apos;s key and the BIN; revocation only against the lists imported below; it cannot prove the signing moment (no timestamp) or ask the NCA&apos;s OCSP service. The college&apos;s BIN is set on the College page.</source>
        <translation>Электронные результаты подписываются ключом руководителя от НУЦ РК через NCALayer; с 2024 года НУЦ выдаёт организациям ключи подписи только ГОСТ 34.10-2015 (GOST512). Kense сохраняет и называет действительной только подпись, цепочка которой доходит до установленных здесь сертификатов НУЦ. Установите с pki.gov.kz: корневой (root_gost_2022.cer) и промежуточный (nca_gost_2022.cer) сертификаты ГОСТ 2022; для подписей старыми ключами — корневой и промежуточный сертификаты RSA НУЦ. Промежуточный сертификат обязателен: подпись, сделанная NCALayer, содержит только собственный сертификат подписавшего. Сверьте каждый отпечаток SHA-256 с указанным на сайте НУЦ. Без сети Kense проверяет подпись, цепочку, сроки действия, ключ руководителя и БИН; отзыв — только по импортированным ниже спискам; доказать момент подписания (метки времени нет) и обратиться к службе OCSP НУЦ он не может. БИН колледжа задаётся на странице «Колледж».</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="56"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="87"/>
        <source>Writing today&apos;s backup…</source>
        <translation>Сохраняется сегодняшняя резервная копия…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="101"/>
        <source>Today&apos;s backup could not be written.</source>
        <translation>Не удалось сохранить сегодняшнюю резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="46"/>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="41"/>
        <source>Restore the latest backup</source>
        <translation>Восстановить последнюю резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="43"/>
        <source>Latest good backup: %1</source>
        <translation>Последняя исправная копия: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="46"/>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="48"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="83"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="85"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="86"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="87"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="88"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="89"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="90"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="94"/>
        <source>Latin letters, for example a.nurlanova</source>
        <translation>латиницей, например a.nurlanova</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="95"/>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="97"/>
        <source>Give the password to the person privately; they can change it themselves in the File menu.</source>
        <translation>Передайте пароль сотруднику лично; он сможет сменить его сам в меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="101"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="182"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="183"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="184"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="185"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="215"/>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="217"/>
        <source>Locked until {time}</source>
        <translation>Заблокирована до {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="218"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="229"/>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="230"/>
        <source>Change role…</source>
        <translation>Сменить роль…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="231"/>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="257"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="259"/>
        <location filename="../../desktop/ui/admin/users.py" line="297"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="287"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="288"/>
        <source>The password of {name} has been changed.</source>
        <translation>Пароль пользователя {name} изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="298"/>
        <source>Disable the account of {name}? They will not be able to sign in; their cases and records stay.</source>
        <translation>Отключить учётную запись {name}? Пользователь не сможет войти; его дела и записи сохранятся.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="57"/>
        <source>Verify a document</source>
        <translation>Проверка документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="59"/>
        <source>Type the verification code printed on the document, or scan its QR code into this field.</source>
        <translation>Введите код проверки, напечатанный на документе, или отсканируйте его QR-код в это поле.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="62"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="90"/>
        <source>Registration number: {number}</source>
        <translation>Регистрационный номер: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="92"/>
        <source>Person: {name}</source>
        <translation>Лицо: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="94"/>
        <source>Spoiled blank: {spoiled}; the document in force is on blank {current}</source>
        <translation>Испорченный бланк: {spoiled}; действующий документ — на бланке {current}</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <location filename="../../desktop/ui/window_session.py" line="58"/>
        <source>Signed out</source>
        <translation>Вы вышли из системы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_session.py" line="60"/>
        <source>Anything you typed and had not saved is kept on this computer and will be offered back when you sign in again.</source>
        <translation>Всё введённое и не сохранённое осталось на этом компьютере и будет предложено снова, когда вы войдёте.</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="16"/>
        <source>This is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”, then choose that file.</source>
        <translation>Это не книга Excel (.xlsx). Откройте файл в Excel и сохраните как «Книга Excel (*.xlsx)», затем выберите этот файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="20"/>
        <source>The workbook is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then choose it again.</source>
        <translation>Книга защищена паролем. Откройте её в Excel, снимите пароль (Файл → Сведения → Защита книги), сохраните и выберите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="24"/>
        <source>The workbook is damaged and cannot be read. Open it in Excel; if Excel repairs it, save the repaired copy and choose that.</source>
        <translation>Книга повреждена и не может быть прочитана. Откройте её в Excel; если Excel её восстановит, сохраните исправленную копию и выберите её.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="28"/>
        <source>No student was found in the file. Check that it is a summary grade sheet or a list with a header row.</source>
        <translation>В файле не найдено ни одного студента. Проверьте, что это сводная ведомость или список со строкой заголовков.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="51"/>
        <source>This student is no longer in the archive.</source>
        <translation>Этого студента больше нет в архиве.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="61"/>
        <source>signature row (director, deputy, curator)</source>
        <translation>строка подписей (директор, заместитель, куратор)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="63"/>
        <source>empty row</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="64"/>
        <source>heading row</source>
        <translation>строка заголовка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="65"/>
        <source>the IIN is not valid: the person is imported without it</source>
        <translation>ИИН неверен: человек импортируется без него</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="67"/>
        <source>the grade cannot be read</source>
        <translation>оценка не читается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="68"/>
        <source>the hours and credits cannot be read (write like 72с-3к)</source>
        <translation>часы и кредиты не читаются (пишите как 72с-3к)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="70"/>
        <source>there is no name in the row</source>
        <translation>в строке нет ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="71"/>
        <source>a number stands where the name should be: check the columns</source>
        <translation>вместо ФИО стоит число: проверьте столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="73"/>
        <source>the date cannot be read (write dd.mm.yyyy)</source>
        <translation>дата не читается (пишите дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="75"/>
        <source>the specialty or qualification code is not of a known classifier</source>
        <translation>код специальности или квалификации не из известного классификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="77"/>
        <source>the year cannot be read</source>
        <translation>год не читается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="84"/>
        <source>cannot be read ({code})</source>
        <translation>не прочитано ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="91"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="92"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="93"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="94"/>
        <location filename="../../desktop/ui/archive_sentences.py" line="95"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="96"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="97"/>
        <source>Qualification code</source>
        <translation>Код квалификации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="98"/>
        <source>Year admitted</source>
        <translation>Год поступления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="99"/>
        <source>Year graduated</source>
        <translation>Год окончания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="100"/>
        <source>Thesis topic (kk)</source>
        <translation>Тема дипломной работы (каз.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="101"/>
        <source>Thesis topic (ru)</source>
        <translation>Тема дипломной работы (рус.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="102"/>
        <source>Expulsion order No.</source>
        <translation>Номер приказа об отчислении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="103"/>
        <source>Expulsion order date</source>
        <translation>Дата приказа об отчислении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="104"/>
        <source>Diploma series</source>
        <translation>Серия диплома</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="105"/>
        <source>Diploma No.</source>
        <translation>Номер диплома</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="106"/>
        <source>Diploma date</source>
        <translation>Дата диплома</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="31"/>
        <source>No sheet of the workbook has column titles Kense recognises. Use the template (Admin → Archive → Save the template) or a summary grade sheet.</source>
        <translation>Ни на одном листе книги нет заголовков столбцов, которые знает Kense. Используйте шаблон (Администрирование → Архив → Сохранить шаблон) или сводную ведомость.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="35"/>
        <source>The file cannot be opened: it may be open in another program or on a removed disk. Close it and try again.</source>
        <translation>Файл не открывается: возможно, он открыт в другой программе или находится на извлечённом диске. Закройте его и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="78"/>
        <source>the specialty and qualification codes of the header do not fit together</source>
        <translation>коды специальности и квалификации в заголовке не соответствуют друг другу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="80"/>
        <source>“with honours” cannot be read (write yes or no)</source>
        <translation>«с отличием» не читается (пишите да или нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="39"/>
        <source>The grade “{value}” cannot be read, or its columns contradict each other.</source>
        <translation>Оценку «{value}» не удалось прочитать, или её столбцы противоречат друг другу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="42"/>
        <source>“{value}” is not hours and credits (write like 72с-3к).</source>
        <translation>«{value}» не похоже на часы и кредиты (пишите как 72с-3к).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="45"/>
        <source>“{value}” is not a code of a specialty or a qualification.</source>
        <translation>«{value}» — не код специальности или квалификации.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="48"/>
        <source>The specialty and qualification codes of the sheet&apos;s header do not fit together.</source>
        <translation>Коды специальности и квалификации в заголовке листа не соответствуют друг другу.</translation>
    </message>
</context>
<context>
    <name>blanks</name>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="16"/>
        <source>A blank&apos;s number may contain digits only (leading zeros are kept).</source>
        <translation>Номер бланка может содержать только цифры (ведущие нули сохраняются).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="18"/>
        <source>The first and the last number must have the same number of digits ({first} and {last}): type the leading zeros in both.</source>
        <translation>Первый и последний номер должны иметь одинаковое число цифр ({first} и {last}): наберите ведущие нули в обоих.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="22"/>
        <source>The last number ({last}) is smaller than the first ({first}).</source>
        <translation>Последний номер ({last}) меньше первого ({first}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="25"/>
        <source>This range holds {count} blanks; a batch may hold at most {limit}. Check the numbers.</source>
        <translation>В этом диапазоне {count} бланков; в партии может быть не более {limit}. Проверьте номера.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="29"/>
        <source>Series {series} already has the blanks {first}–{last} (received {date}). A range may not overlap a batch already recorded.</source>
        <translation>В серии {series} уже есть бланки {first}–{last} (поступили {date}). Диапазон не может пересекаться с уже записанной партией.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="34"/>
        <source>This blank is not recorded.</source>
        <translation>Этот бланк не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="42"/>
        <source>Blank {series} № {number} was never received: record its batch (Administration → Blanks) or leave the blank&apos;s number empty so that the signing takes the next blank in stock.</source>
        <translation>Бланк {series} № {number} не поступал: запишите его партию (Администрирование → Бланки) или оставьте номер бланка пустым, чтобы при подписании был взят следующий бланк в наличии.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="47"/>
        <source>Blank {series} № {number} is not in stock: it is {state} (case {reg_number}).</source>
        <translation>Бланка {series} № {number} нет в наличии: его состояние — {state} (дело {reg_number}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="49"/>
        <source>Blank {series} № {number} is not in stock: it is {state}.</source>
        <translation>Бланка {series} № {number} нет в наличии: его состояние — {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="53"/>
        <source>Blank {series} № {number} is a blank of another kind ({kind}); this document needs a blank of the kind “{wanted}”.</source>
        <translation>Бланк {series} № {number} — бланк другого вида ({kind}); для этого документа нужен бланк вида «{wanted}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="58"/>
        <source>No blank of the kind “{kind}” is in stock. The administrator records the batch received (Administration → Blanks); nothing was saved.</source>
        <translation>Бланков вида «{kind}» нет в наличии. Поступившую партию записывает администратор (Администрирование → Бланки); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="62"/>
        <source>This result was not printed on a numbered blank.</source>
        <translation>Этот результат не печатался на нумерованном бланке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="64"/>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Период заканчивается раньше, чем начинается: проверьте даты.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="35"/>
        <source>This batch is not recorded (another administrator may have cancelled it).</source>
        <translation>Эта партия не записана (возможно, её аннулировал другой администратор).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="38"/>
        <source>Blank {series} № {number} of this batch is {state}: a batch may be corrected or cancelled only while every blank of it is in stock.</source>
        <translation>Бланк {series} № {number} этой партии: {state}. Партию можно исправить или аннулировать, только пока все её бланки в наличии.</translation>
    </message>
</context>
<context>
    <name>esign</name>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="13"/>
        <source>NCALayer does not answer on this computer. Start NCALayer (its icon by the clock) or install it from the NCA site (ncl.pki.gov.kz), then try again.</source>
        <translation>NCALayer не отвечает на этом компьютере. Запустите NCALayer (значок у часов) или установите его с сайта НУЦ РК (ncl.pki.gov.kz) и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="22"/>
        <source>The key&apos;s password is wrong (NCALayer&apos;s answer). Kense does not keep this password: type it again in NCALayer&apos;s window.</source>
        <translation>Неверный пароль ключа (так ответил NCALayer). Kense этот пароль не хранит: введите его ещё раз в окне NCALayer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="37"/>
        <source>Signing was cancelled: NCALayer&apos;s window was closed. The result is not signed; nothing was saved.</source>
        <translation>Подписание отменено: окно NCALayer закрыто. Результат не подписан, ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="41"/>
        <source>NCALayer could not sign the document: {code} {message}. Nothing was saved.</source>
        <translation>NCALayer не смог подписать документ: {code} {message}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="45"/>
        <source>The signature file cannot be read as a CMS signature ({reason}). Check that the .cms file of this document was chosen.</source>
        <translation>Файл подписи не читается как подпись CMS ({reason}). Проверьте, что выбран .cms-файл этого документа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="18"/>
        <source>The signature is valid: every check below was made and passed.</source>
        <translation>Подпись действительна: каждая проверка ниже выполнена и пройдена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="20"/>
        <source>Not fully checked: nothing failed, but some checks cannot be made on this computer (see below). Do not call this signature valid.</source>
        <translation>Проверена не полностью: ошибок нет, но часть проверок на этом компьютере выполнить нельзя (см. ниже). Не называйте эту подпись действительной.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="23"/>
        <source>The signature is NOT valid for this document.</source>
        <translation>Подпись НЕДЕЙСТВИТЕЛЬНА для этого документа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="29"/>
        <source>The signature is over exactly this PDF</source>
        <translation>Подпись поставлена именно под этим PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="30"/>
        <source>The signature value matches the key</source>
        <translation>Значение подписи соответствует ключу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="31"/>
        <source>The certificate chains to the installed NCA certificates</source>
        <translation>Цепочка сертификата доходит до установленных сертификатов НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="33"/>
        <source>The certificates were valid at the moment checked</source>
        <translation>Сертификаты действовали на момент проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="35"/>
        <source>The key is the signing key of an organisation&apos;s first head</source>
        <translation>Ключ — ключ подписи первого руководителя организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="37"/>
        <source>The key belongs to this college (its BIN)</source>
        <translation>Ключ принадлежит этому колледжу (его БИН)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="42"/>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="42"/>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНА</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="43"/>
        <source>not checked offline</source>
        <translation>не проверено без сети</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="55"/>
        <source>Signed by: {name}</source>
        <translation>Подписал: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="56"/>
        <source>IIN: {iin}; BIN: {bin}</source>
        <translation>ИИН: {iin}; БИН: {bin}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="58"/>
        <source>Certificate {serial}, issued by {issuer}, valid {start} – {end}</source>
        <translation>Сертификат {serial}, выдан: {issuer}, действует {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="61"/>
        <source>Algorithm: {algorithm}</source>
        <translation>Алгоритм: {algorithm}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="104"/>
        <source>The stored files differ from the ones recorded when they were signed: they were changed in the database.</source>
        <translation>Сохранённые файлы отличаются от записанных при подписании: они изменены в базе данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="107"/>
        <source>Checked at: {moment}</source>
        <translation>Проверено на момент: {moment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="49"/>
        <source>The college&apos;s BIN is not set. The administrator enters it under Admin → College; electronic results are signed for that BIN.</source>
        <translation>БИН колледжа не задан. Администратор вводит его в разделе «Администрирование → Профиль колледжа»; электронные результаты подписываются для этого БИН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="52"/>
        <source>No NCA certificates are installed, so no signature can be checked. The administrator installs the NCA root and intermediate certificates under Admin → Signatures.</source>
        <translation>Сертификаты НУЦ не установлены, поэтому ни одну подпись проверить нельзя. Администратор устанавливает корневые и промежуточные сертификаты НУЦ в разделе «Администрирование → Электронные подписи».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="59"/>
        <source>This result is already signed electronically.</source>
        <translation>Этот результат уже подписан электронно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="61"/>
        <source>The signature returned by the program on NCALayer&apos;s port is not a signature of this document. It was refused and nothing was saved. Check that the real NCALayer from the NCA site is running.</source>
        <translation>Подпись, возвращённая программой на порту NCALayer, не является подписью этого документа. Она отклонена, ничего не сохранено. Проверьте, что запущен настоящий NCALayer с сайта НУЦ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="65"/>
        <source>The signing key&apos;s certificate does not chain to the NCA certificates installed in Kense ({reason}). The signature was refused and nothing was saved.</source>
        <translation>Цепочка сертификата ключа не доходит до сертификатов НУЦ, установленных в Kense ({reason}). Подпись отклонена, ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="69"/>
        <source>The signing key&apos;s certificate is not valid today ({reason}). Renew the key at the NCA. Nothing was saved.</source>
        <translation>Сертификат ключа сегодня недействителен ({reason}). Обновите ключ в НУЦ. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="73"/>
        <source>This key is not the key of the first head of an organisation (its certificate has no such usage). Only the head&apos;s own key signs results. Nothing was saved.</source>
        <translation>Этот ключ не является ключом первого руководителя организации (в его сертификате нет такого назначения). Результаты подписываются только собственным ключом руководителя. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="77"/>
        <source>This key belongs to another organisation (BIN {bin}), not to this college (BIN {college_bin}). Nothing was saved.</source>
        <translation>Этот ключ принадлежит другой организации (БИН {bin}), а не этому колледжу (БИН {college_bin}). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="107"/>
        <source>This result is not signed electronically.</source>
        <translation>Этот результат не подписан электронно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="109"/>
        <source>This certificate was already removed.</source>
        <translation>Этот сертификат уже удалён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="111"/>
        <source>This file is not a certificate. Choose the .cer or .crt file of an NCA certificate.</source>
        <translation>Этот файл не является сертификатом. Выберите файл .cer или .crt сертификата НУЦ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="114"/>
        <source>This is a person&apos;s certificate, not a certificate of the NCA. Install only the NCA root and intermediate certificates.</source>
        <translation>Это сертификат лица, а не сертификат НУЦ. Устанавливайте только корневые и промежуточные сертификаты НУЦ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="71"/>
        <source>Not revoked as of the NCA&apos;s list of {date}</source>
        <translation>Не отозван по списку НУЦ от {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="74"/>
        <source>REVOKED: {reason}</source>
        <translation>ОТОЗВАН: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="76"/>
        <source>Revocation not checked: no NCA list of revoked certificates of this issuer is imported (Admin → Signatures)</source>
        <translation>Отзыв не проверен: список отозванных сертификатов НУЦ этого издателя не импортирован (Администрирование → Подписи)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="79"/>
        <source>Revocation not checked: no list newer than the signing moment (the newest imported is of {date})</source>
        <translation>Отзыв не проверен: нет списка новее момента подписания (самый новый импортированный — от {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="87"/>
        <source>Another signature in this file (it does not decide): {verdict}</source>
        <translation>Другая подпись в этом файле (она не решает): {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="122"/>
        <source>Not checked offline: a timestamp (none is requested), and the NCA&apos;s OCSP service; revocation only as the imported lists say. These need the network.</source>
        <translation>Без сети не проверяются: метка времени (она не запрашивается) и служба OCSP НУЦ; отзыв — только по импортированным спискам. Для этого нужна сеть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="17"/>
        <source>NCALayer found no signing key ({message}). Insert the key carrier (Kaztoken, ID card) or choose the key file (GOST512_...p12), then sign again.</source>
        <translation>NCALayer не нашёл ключ подписи ({message}). Вставьте носитель ключа (Kaztoken, удостоверение личности) или выберите файл ключа (GOST512_...p12), затем подпишите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="26"/>
        <source>This NCALayer is too old: it cannot sign documents for programs. Install the current NCALayer from the NCA site (ncl.pki.gov.kz), then sign again. Nothing was saved.</source>
        <translation>Этот NCALayer слишком старый: он не умеет подписывать документы для программ. Установите текущий NCALayer с сайта НУЦ (ncl.pki.gov.kz) и подпишите снова. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="31"/>
        <source>NCALayer refused Kense&apos;s signing request ({code}: {message}). Update NCALayer from the NCA site (ncl.pki.gov.kz); if it stays so, tell the IT person. Nothing was saved.</source>
        <translation>NCALayer отклонил запрос Kense на подпись ({code}: {message}). Обновите NCALayer с сайта НУЦ (ncl.pki.gov.kz); если это повторится, сообщите IT-специалисту. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="56"/>
        <source>This result is given on paper only: the law has no electronic form of it, so it is not signed electronically. Sign it and print it on paper.</source>
        <translation>Этот результат выдаётся только на бумаге: закон не предусматривает его электронной формы, поэтому он не подписывается электронно. Подпишите его и распечатайте на бумаге.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="81"/>
        <source>This key signs with {algorithm}, whose signature Kense cannot check on this computer, so it cannot make sure the document was really signed. Sign with the head&apos;s current GOST 2015 signing key from the NCA. Nothing was saved.</source>
        <translation>Этот ключ подписывает алгоритмом {algorithm}, подпись которого Kense не может проверить на этом компьютере, поэтому не может убедиться, что документ действительно подписан. Подпишите действующим ключом подписи руководителя ГОСТ 2015 от НУЦ. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="86"/>
        <source>The signing key&apos;s certificate is revoked in the NCA&apos;s list imported in Kense ({reason}). The signature was refused and nothing was saved. The head gets a new key at the NCA.</source>
        <translation>Сертификат ключа подписи отозван по списку НУЦ, импортированному в Kense ({reason}). Подпись отклонена, ничего не сохранено. Руководитель получает новый ключ в НУЦ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="90"/>
        <source>This file is not a list of revoked certificates. Choose a .crl file published by the NCA (for example nca_gost_2022.crl).</source>
        <translation>Этот файл не является списком отозванных сертификатов. Выберите файл .crl, опубликованный НУЦ (например, nca_gost_2022.crl).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="93"/>
        <source>This list was issued by {issuer}, whose certificate is not installed. Install that NCA certificate first, then import the list again.</source>
        <translation>Этот список выпущен {issuer}, чей сертификат не установлен. Сначала установите этот сертификат НУЦ, затем импортируйте список снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="97"/>
        <source>The signature of this list does not verify with the certificate of {issuer}: it was not made by the NCA, or was changed. It was not imported.</source>
        <translation>Подпись этого списка не проверяется сертификатом {issuer}: он сделан не НУЦ или изменён. Список не импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="101"/>
        <source>The list at {url} could not be downloaded ({reason}). This computer may be offline: download the list on another computer and import the file.</source>
        <translation>Не удалось скачать список по адресу {url} ({reason}). Возможно, этот компьютер не подключён к сети: скачайте список на другом компьютере и импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="105"/>
        <source>This list was already removed.</source>
        <translation>Этот список уже удалён.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="326"/>
        <source>The file or folder cannot be used (it may be missing, be a file instead of a folder, or have too long a name). Check the path and try again; nothing was changed.</source>
        <translation>Файл или папку нельзя использовать (их может не быть, вместо папки может оказаться файл или имя слишком длинное). Проверьте путь и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="332"/>
        <source>The database file is empty: the data is not in it. Kense will not start over on an empty database. Restore the latest backup, or, if this is a new installation, move the empty file out of the data folder.</source>
        <translation>Файл базы данных пуст: данных в нём нет. Kense не начнёт работу заново с пустой базой. Восстановите последнюю резервную копию или, если это новая установка, уберите пустой файл из папки данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="338"/>
        <source>The chosen backup file is empty or holds no data. Choose another backup; nothing was changed.</source>
        <translation>Выбранный файл резервной копии пуст или не содержит данных. Выберите другую копию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="343"/>
        <source>The file is not a Kense database (it belongs to another program or is not a database at all). Choose a Kense backup or check the data folder; nothing was changed.</source>
        <translation>Этот файл не является базой данных Kense (он принадлежит другой программе или вовсе не база данных). Выберите резервную копию Kense или проверьте папку данных; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="349"/>
        <source>The file with this computer&apos;s database server settings (server.json) is damaged. Open the data folder and correct the file or delete it: without it Kense uses this computer&apos;s own database.</source>
        <translation>Файл с настройками сервера базы данных этого компьютера (server.json) повреждён. Откройте папку данных и исправьте или удалите файл: без него Kense работает с собственной базой этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="355"/>
        <source>The database is busy: another Kense window or a copying program is holding it. Nothing was saved. Wait a minute and try again; if it does not pass, close Kense everywhere on this computer.</source>
        <translation>База данных занята: её удерживает другое окно Kense или программа копирования. Ничего не сохранено. Подождите минуту и повторите; если не поможет, закройте все окна Kense на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="52"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="113"/>
        <source>The field “{field}” contains an invisible control character or a broken character (often pasted from another program). Type the text again.</source>
        <translation>Поле «{field}» содержит невидимый управляющий или повреждённый символ (часто так бывает при вставке из другой программы). Наберите текст заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="28"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="29"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="30"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="31"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="32"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="33"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="34"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="36"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="37"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="38"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="39"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="40"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="41"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="42"/>
        <source>College name in Kazakh</source>
        <translation>Название колледжа на казахском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="43"/>
        <source>College name in Russian</source>
        <translation>Название колледжа на русском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="44"/>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="45"/>
        <source>Address in Russian</source>
        <translation>Адрес на русском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="46"/>
        <source>Head of the college</source>
        <translation>Руководитель колледжа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="47"/>
        <source>Minutes before the screen locks</source>
        <translation>Минут до блокировки экрана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="48"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="49"/>
        <source>How the application came</source>
        <translation>Способ подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="50"/>
        <source>Request number</source>
        <translation>Номер запроса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="51"/>
        <source>Date of the request</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="52"/>
        <source>Reason (lost or damaged)</source>
        <translation>Причина (утерян или повреждён)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="53"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="54"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="55"/>
        <source>Representative&apos;s document</source>
        <translation>Документ представителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="56"/>
        <location filename="../../desktop/ui/code_names.py" line="99"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="57"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="58"/>
        <source>Grounds for refusal</source>
        <translation>Основания отказа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="59"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="60"/>
        <source>Recipient&apos;s name</source>
        <translation>ФИО получателя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="61"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="62"/>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="63"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="64"/>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="65"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="66"/>
        <source>Start of study</source>
        <translation>Начало обучения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="67"/>
        <source>End of study</source>
        <translation>Окончание обучения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="68"/>
        <source>Specialty code</source>
        <translation>Код специальности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="69"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="70"/>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="71"/>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="72"/>
        <source>Language of study</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="73"/>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="74"/>
        <source>Expulsion order number</source>
        <translation>Номер приказа об отчислении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="75"/>
        <source>Expulsion order date</source>
        <translation>Дата приказа об отчислении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="76"/>
        <source>Reason for expulsion</source>
        <translation>Причина отчисления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="77"/>
        <source>Transcript</source>
        <translation>Перечень оценок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="78"/>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="79"/>
        <source>Series of the original</source>
        <translation>Серия оригинала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="80"/>
        <source>Number of the original</source>
        <translation>Номер оригинала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="81"/>
        <source>Date the original was issued</source>
        <translation>Дата выдачи оригинала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="82"/>
        <source>Year of graduation</source>
        <translation>Год окончания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="83"/>
        <source>Name as written in the original</source>
        <translation>ФИО как в оригинале</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="84"/>
        <source>With honours</source>
        <translation>С отличием</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="85"/>
        <source>Series of the new blank</source>
        <translation>Серия нового бланка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="86"/>
        <source>Number of the new blank</source>
        <translation>Номер нового бланка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="115"/>
        <source>Requested again</source>
        <translation>Запрошено повторно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="90"/>
        <source>At the college office</source>
        <translation>В канцелярии колледжа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="91"/>
        <source>Through the State Corporation</source>
        <translation>Через Госкорпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="92"/>
        <source>Through the e-government portal</source>
        <translation>Через портал «электронного правительства»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="93"/>
        <source>Home visit</source>
        <translation>С выездом на дом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="97"/>
        <source>Clerk</source>
        <translation>Делопроизводитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="98"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="100"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="105"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="106"/>
        <source>Refuse acceptance</source>
        <translation>Отказать в приёме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="107"/>
        <source>Assign an executor</source>
        <translation>Назначить исполнителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="108"/>
        <source>Submit the draft</source>
        <translation>Отправить проект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="109"/>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="110"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="111"/>
        <source>Motivated refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="112"/>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="113"/>
        <source>Hand over to the State Corporation</source>
        <translation>Передать в Госкорпорацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="114"/>
        <source>Returned by the State Corporation</source>
        <translation>Возвращено Госкорпорацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="116"/>
        <source>Withdraw the application</source>
        <translation>Отозвать заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="117"/>
        <source>Draft saved</source>
        <translation>Проект сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="118"/>
        <source>First set-up</source>
        <translation>Первоначальная настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="119"/>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="120"/>
        <source>Failed sign-in</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="124"/>
        <source>Account locked</source>
        <translation>Учётная запись заблокирована</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="125"/>
        <source>User created</source>
        <translation>Создан пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="126"/>
        <source>User enabled or disabled</source>
        <translation>Пользователь включён или отключён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="127"/>
        <source>Role changed</source>
        <translation>Роль изменена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="128"/>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="129"/>
        <source>Own password changed</source>
        <translation>Изменён собственный пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="130"/>
        <source>Language changed</source>
        <translation>Язык изменён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="131"/>
        <source>College profile changed</source>
        <translation>Изменены сведения о колледже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="139"/>
        <source>Calendar day changed</source>
        <translation>Изменён день календаря</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="140"/>
        <source>Calendar change removed</source>
        <translation>Удалено изменение календаря</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="141"/>
        <source>Printer offsets for blanks changed</source>
        <translation>Изменены смещения принтера для печати на бланке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="147"/>
        <source>Screen lock time changed</source>
        <translation>Изменено время блокировки экрана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="148"/>
        <source>Backup made</source>
        <translation>Создана резервная копия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="149"/>
        <source>Restored from a backup</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="150"/>
        <source>Moved to the database server</source>
        <translation>Переход на сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="151"/>
        <source>Moved back to the local database</source>
        <translation>Возврат к локальной базе данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="160"/>
        <source>Case changed</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="174"/>
        <source>application</source>
        <translation>заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="175"/>
        <source>identity document</source>
        <translation>документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="176"/>
        <source>original of the education document</source>
        <translation>оригинал документа об образовании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="177"/>
        <source>electronic application</source>
        <translation>электронное заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="181"/>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="182"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="183"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="187"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="188"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="192"/>
        <source>Authentic: the college issued this document and its data is unchanged.</source>
        <translation>Подлинный: документ выдан колледжем, его данные не изменены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="195"/>
        <source>Warning: the record behind this code was changed after signing.</source>
        <translation>Внимание: запись, соответствующая этому коду, изменена после подписания.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="198"/>
        <source>No document issued by this college has this code.</source>
        <translation>Ни у одного документа, выданного колледжем, нет такого кода.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="217"/>
        <source>Transcript, row {row}</source>
        <translation>Перечень оценок, строка {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="37"/>
        <source>Enter the IIN.</source>
        <translation>Введите ИИН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="38"/>
        <source>The IIN must have exactly 12 digits.</source>
        <translation>ИИН должен состоять ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="39"/>
        <source>The IIN may contain digits only.</source>
        <translation>ИИН может содержать только цифры.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="40"/>
        <source>The first six digits of the IIN are not a real date of birth. Check the IIN.</source>
        <translation>Первые шесть цифр ИИН не являются реальной датой рождения. Проверьте ИИН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="44"/>
        <source>The seventh digit of the IIN must be from 1 to 6. Check the IIN.</source>
        <translation>Седьмая цифра ИИН должна быть от 1 до 6. Проверьте ИИН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="47"/>
        <source>This IIN does not exist: its check digit is wrong. Check each digit.</source>
        <translation>Такого ИИН не существует: неверна контрольная цифра. Проверьте каждую цифру.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="50"/>
        <source>The IIN gives a date of birth in the future. Check the IIN.</source>
        <translation>По ИИН дата рождения получается в будущем. Проверьте ИИН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="53"/>
        <source>The date of birth does not match the IIN. Check both.</source>
        <translation>Дата рождения не совпадает с ИИН. Проверьте оба значения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="56"/>
        <source>Fill in the field “{field}”.</source>
        <translation>Заполните поле «{field}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="59"/>
        <source>The field “{field}” is too long: at most {max_len} characters.</source>
        <translation>Поле «{field}» слишком длинное: не более {max_len} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="62"/>
        <source>The field “{field}” may contain only letters, spaces and hyphens.</source>
        <translation>Поле «{field}» может содержать только буквы, пробелы и дефисы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="71"/>
        <source>The field “{field}” is not a phone number (for example +7 701 123 45 67).</source>
        <translation>В поле «{field}» указан не номер телефона (например, +7 701 123 45 67).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="75"/>
        <source>The date in the field “{field}” is in the future.</source>
        <translation>Дата в поле «{field}» находится в будущем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="78"/>
        <source>The date in the field “{field}” is too far in the past.</source>
        <translation>Дата в поле «{field}» слишком давняя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="81"/>
        <source>The date in the field “{field}” is earlier than the date before it.</source>
        <translation>Дата в поле «{field}» раньше предшествующей даты.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="85"/>
        <source>Choose a value from the list for the field “{field}”.</source>
        <translation>Выберите значение из списка для поля «{field}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="88"/>
        <source>The field “{field}” must be a number from {low} to {high}.</source>
        <translation>Поле «{field}» должно быть числом от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="92"/>
        <source>The password is too short: at least {min_len} characters.</source>
        <translation>Пароль слишком короткий: не менее {min_len} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="95"/>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>Этот пароль слишком распространён и легко угадывается. Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="98"/>
        <source>The password must not contain the user name.</source>
        <translation>Пароль не должен содержать имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="101"/>
        <source>The user name must be 2 to 60 Latin letters, digits, dots, hyphens or underscores, for example a.nurlanova.</source>
        <translation>Имя пользователя должно состоять из 2–60 латинских букв, цифр, точек, дефисов или подчёркиваний, например a.nurlanova.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="106"/>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Это имя пользователя уже занято. Выберите другое.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="109"/>
        <source>Choose an active executor from the list.</source>
        <translation>Выберите активного исполнителя из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="110"/>
        <source>This is not a verification code. Type the code as printed on the document.</source>
        <translation>Это не код проверки. Введите код так, как он напечатан на документе.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="127"/>
        <source>All the documents are present: register the application instead of refusing it.</source>
        <translation>Все документы представлены: зарегистрируйте заявление, а не отказывайте в приёме.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="131"/>
        <source>The draft is not complete. Fill in: {fields}.</source>
        <translation>Проект не заполнен. Заполните: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="134"/>
        <source>The State Corporation keeps the result until {until}; it cannot be returned earlier.</source>
        <translation>Госкорпорация хранит результат до {until}; вернуть его раньше нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="138"/>
        <source>Someone else has just changed this case. Nothing was saved: the case will be reloaded, check it and try again.</source>
        <translation>Это дело только что изменил кто-то другой. Ничего не сохранено: дело будет загружено заново, проверьте его и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="143"/>
        <source>This case is assigned to another executor.</source>
        <translation>Это дело назначено другому исполнителю.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="146"/>
        <source>Your role does not allow this action.</source>
        <translation>Ваша роль не позволяет выполнить это действие.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="147"/>
        <source>The administrator has no access to the content of cases.</source>
        <translation>У администратора нет доступа к содержанию дел.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="150"/>
        <source>“{action}” is not possible now: the case is in the state “{state}”.</source>
        <translation>«{action}» сейчас невозможно: дело находится в состоянии «{state}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="155"/>
        <source>This service is not provided through this channel.</source>
        <translation>Эта услуга не оказывается этим способом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="158"/>
        <source>“{action}” does not exist for this service.</source>
        <translation>Для этой услуги нет действия «{action}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="161"/>
        <source>This action is unknown to the program.</source>
        <translation>Это действие неизвестно программе.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="178"/>
        <source>This is the last active administrator: the college would be left without one.</source>
        <translation>Это последний активный администратор: колледж останется без администратора.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="182"/>
        <source>The draft can be edited only before it is submitted to the head.</source>
        <translation>Проект можно изменять только до отправки руководителю.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="185"/>
        <source>This database is already set up.</source>
        <translation>Эта база данных уже настроена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="186"/>
        <source>This user no longer exists.</source>
        <translation>Этого пользователя больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="187"/>
        <source>This case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="188"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="189"/>
        <source>Too many wrong passwords: the account is locked until {until}. Wait or ask the administrator to reset the password.</source>
        <translation>Слишком много неверных паролей: учётная запись заблокирована до {until}. Подождите или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="194"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="246"/>
        <source>The package of documents is incomplete.</source>
        <translation>Пакет документов неполный.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="249"/>
        <source>Missing: {documents}.</source>
        <translation>Не хватает: {documents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="255"/>
        <source>Expired: {documents}.</source>
        <translation>Истёк срок действия: {documents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="259"/>
        <source>The application can only be refused acceptance.</source>
        <translation>В приёме заявления можно только отказать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="266"/>
        <source>The database is on a network folder, where it could be damaged. Keep it on this computer&apos;s own disk, or use a PostgreSQL server for several computers.</source>
        <translation>База данных находится в сетевой папке, где она может быть повреждена. Храните её на собственном диске этого компьютера или используйте сервер PostgreSQL для нескольких компьютеров.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="271"/>
        <source>The database was made by a newer version of Kense. Install the newer version; nothing was changed.</source>
        <translation>База данных создана более новой версией Kense. Установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="276"/>
        <source>The backup copy is damaged (it failed its integrity check). Nothing was changed.</source>
        <translation>Резервная копия повреждена (не прошла проверку целостности). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="280"/>
        <source>The backup file was not found.</source>
        <translation>Файл резервной копии не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="281"/>
        <source>The restored database failed its integrity check. The previous data was saved in the backups folder; ask the IT specialist.</source>
        <translation>Восстановленная база не прошла проверку целостности. Прежние данные сохранены в папке копий; обратитесь к IT-специалисту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="286"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server.</source>
        <translation>Эта база данных находится на сервере PostgreSQL: резервные копии делаются на сервере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="289"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="290"/>
        <source>The database file is damaged. Kense will not write into it, so that nothing more is lost. Restore the latest backup, or ask the IT specialist.</source>
        <translation>Файл базы данных повреждён. Kense не будет в него записывать, чтобы ничего больше не потерять. Восстановите последнюю резервную копию или обратитесь к IT-специалисту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="295"/>
        <source>The database file is missing, but backups exist. Restore the latest backup rather than start with an empty database.</source>
        <translation>Файл базы данных отсутствует, но резервные копии есть. Восстановите последнюю копию, а не начинайте с пустой базы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="300"/>
        <source>The database file cannot be opened. Check that the data folder exists and that you may write there.</source>
        <translation>Не удаётся открыть файл базы данных. Проверьте, что папка данных существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="305"/>
        <source>The database is read-only: nothing can be saved. Check the folder&apos;s permissions, or copy the data folder to a place where you may write.</source>
        <translation>База данных доступна только для чтения: ничего нельзя сохранить. Проверьте права на папку или скопируйте папку данных туда, где разрешена запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="310"/>
        <source>The disk is full, so nothing was saved. Free some space (for example, move old backups elsewhere) and try again.</source>
        <translation>Диск заполнен, поэтому ничего не сохранено. Освободите место (например, перенесите старые резервные копии) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="315"/>
        <source>The database server cannot be reached. Check the network cable and that the server computer is on, then try again.</source>
        <translation>Сервер базы данных недоступен. Проверьте сетевой кабель и что компьютер-сервер включён, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="320"/>
        <source>Enter the server&apos;s address, the database and the user name.</source>
        <translation>Введите адрес сервера, базу данных и имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="323"/>
        <source>The database reported an unexpected problem. Ask the IT specialist.</source>
        <translation>База данных сообщила о непредвиденной ошибке. Обратитесь к IT-специалисту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="36"/>
        <source>Check the field “{field}”.</source>
        <translation>Проверьте поле «{field}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="47"/>
        <source>The action was refused (code: {code}).</source>
        <translation>Действие отклонено (код: {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="49"/>
        <source>The database cannot be used (code: {code}).</source>
        <translation>Базу данных невозможно использовать (код: {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="58"/>
        <source>Access to the file or folder was denied.</source>
        <translation>Нет доступа к файлу или папке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="60"/>
        <source>The file was not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="62"/>
        <source>The file or disk could not be used: {detail}</source>
        <translation>Не удалось использовать файл или диск: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="65"/>
        <source>An unexpected error occurred. It was written to the log file; please tell the administrator what you were doing.</source>
        <translation>Произошла непредвиденная ошибка. Она записана в файл журнала; сообщите администратору, что вы делали.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="90"/>
        <source>Check the data</source>
        <translation>Проверьте данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="92"/>
        <source>The case was changed</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="93"/>
        <source>Cannot do this</source>
        <translation>Невозможно выполнить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="121"/>
        <source>Signed out</source>
        <translation>Вышел из системы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="122"/>
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="123"/>
        <source>Failed unlock</source>
        <translation>Неудачная разблокировка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="228"/>
        <source>You are signed out: the session was ended on this or another computer, or the administrator changed your account (password, role or access). Sign in again.</source>
        <translation>Вы вышли из системы: сеанс завершён на этом или другом компьютере, либо администратор изменил вашу учётную запись (пароль, роль или доступ). Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="233"/>
        <source>You are signed out because Kense was not used for too long. Sign in again.</source>
        <translation>Вы вышли из системы, потому что Kense долго не использовался. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="237"/>
        <source>This session was not opened by signing in. Sign in again.</source>
        <translation>Этот сеанс открыт не через вход в систему. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="205"/>
        <source>The service definitions that came with Kense are damaged ({file}, {key}): {problem}. Reinstall Kense; your data is not touched.</source>
        <translation>Описания услуг, поставляемые с Kense, повреждены ({file}, {key}): {problem}. Переустановите Kense; ваши данные не затронуты.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="35"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="132"/>
        <source>NCA certificate installed</source>
        <translation>Установлен сертификат НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="133"/>
        <source>NCA certificate removed</source>
        <translation>Удалён сертификат НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="136"/>
        <source>Result signed electronically</source>
        <translation>Результат подписан электронно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="137"/>
        <source>Electronically signed result saved to files</source>
        <translation>Электронно подписанный результат сохранён в файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="66"/>
        <source>The field “{field}” is not a BIN: 12 digits, as on the college&apos;s registration certificate.</source>
        <translation>Поле «{field}» не является БИН: 12 цифр, как в свидетельстве о регистрации колледжа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="162"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Период заканчивается раньше, чем начинается: {first} – {last}. Проверьте даты.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="165"/>
        <source>There is no service “{service}”.</source>
        <translation>Услуги «{service}» нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="168"/>
        <source>The report has no such figure.</source>
        <translation>В отчёте нет такого показателя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="170"/>
        <source>There is no report “{name}”. Reports: {known}.</source>
        <translation>Отчёта «{name}» нет. Отчёты: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="173"/>
        <source>{option} {value}: write the date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>{option} {value}: запишите дату в виде ГГГГ-ММ-ДД, например 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="176"/>
        <source>The report&apos;s file must end in .xlsx (Excel) or .pdf.</source>
        <translation>Имя файла отчёта должно оканчиваться на .xlsx (Excel) или .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="20"/>
        <source>Kind of blank</source>
        <translation>Вид бланка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="21"/>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="22"/>
        <source>First number</source>
        <translation>Первый номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="23"/>
        <source>Last number</source>
        <translation>Последний номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="24"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="25"/>
        <source>Document of receipt</source>
        <translation>Документ поступления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="26"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="27"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="142"/>
        <source>Batch of blanks received</source>
        <translation>Поступила партия бланков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="143"/>
        <source>Blank recorded as lost</source>
        <translation>Бланк записан как утраченный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="146"/>
        <source>Blank spoiled, result moved to the next blank</source>
        <translation>Бланк испорчен, результат перенесён на следующий бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="199"/>
        <source>Not in force: this code was printed on a blank later spoiled; the same result was printed on another blank with a new code.</source>
        <translation>Недействителен: этот код напечатан на бланке, позже испорченном; тот же результат напечатан на другом бланке с новым кодом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="291"/>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="293"/>
        <source>appendix to the diploma</source>
        <translation>приложение к диплому</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="296"/>
        <source>in stock</source>
        <translation>в наличии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="297"/>
        <source>used</source>
        <translation>использован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="298"/>
        <source>spoiled</source>
        <translation>испорчен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="299"/>
        <source>lost</source>
        <translation>утрачен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="15"/>
        <source>Choose at least one ground the law gives for refusing the service.</source>
        <translation>Выберите хотя бы одно предусмотренное законом основание отказа в оказании услуги.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="17"/>
        <source>The notice goes out on or after the day of the decision, and not in the future.</source>
        <translation>Уведомление направляется в день решения или позже, но не будущей датой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="20"/>
        <source>The notice of the hearing had to go out by {latest}, {days} working days before the term ends on {end}. A refusal can no longer be lawful within the term: prepare the document.</source>
        <translation>Уведомление о заслушивании нужно было направить до {latest}, за {days} рабочих дня до окончания срока {end}. Законный отказ в пределах срока уже невозможен: подготовьте документ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="26"/>
        <source>The hearing must be held by {latest}: no later than {days} working days after the notice. Choose an earlier day.</source>
        <translation>Заслушивание должно пройти до {latest}: не позднее {days} рабочих дней после уведомления. Выберите более ранний день.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="30"/>
        <source>The hearing must come after the day of the notice: the applicant needs time to prepare. Make a new decision with a later hearing day.</source>
        <translation>Заслушивание должно быть позже дня уведомления: заявителю нужно время подготовиться. Примите новое решение с более поздним днём заслушивания.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="33"/>
        <source>{day} is not a working day: choose a working day for the hearing.</source>
        <translation>{day} — нерабочий день: выберите для заслушивания рабочий день.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="36"/>
        <source>The hearing is on {at}: its outcome can be recorded after it (or earlier only if the applicant declined it in writing).</source>
        <translation>Заслушивание назначено на {at}: его итог записывается после него (раньше — только если заявитель письменно отказался).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="40"/>
        <source>There is no preliminary decision to refuse on this case.</source>
        <translation>По этому делу нет предварительного решения об отказе.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="42"/>
        <source>The refusal is signed only after the hearing confirmed it.</source>
        <translation>Отказ подписывается только после того, как заслушивание его подтвердило.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="44"/>
        <source>This service has no motivated refusal.</source>
        <translation>В этой услуге мотивированный отказ не предусмотрен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="134"/>
        <source>NCA list of revoked certificates imported</source>
        <translation>Импортирован список отозванных сертификатов НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="135"/>
        <source>NCA list of revoked certificates removed</source>
        <translation>Удалён список отозванных сертификатов НУЦ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="152"/>
        <source>The office&apos;s records moved to the office server</source>
        <translation>Записи офиса перенесены на сервер офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="154"/>
        <source>The office server&apos;s join code shown</source>
        <translation>Показан код подключения к серверу офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="157"/>
        <source>The office server&apos;s daily backup made</source>
        <translation>Сделана ежедневная резервная копия сервера офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="14"/>
        <source>The join code is damaged or incomplete. Copy it again, whole, from the Admin page of a PC that uses the office server; nothing was changed.</source>
        <translation>Код подключения повреждён или неполон. Скопируйте его заново целиком со страницы администратора компьютера, который работает с сервером офиса; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="17"/>
        <source>This computer has not joined an office server yet. Join it first with the join code (kense --join CODE).</source>
        <translation>Этот компьютер ещё не подключён к серверу офиса. Сначала подключите его кодом подключения (kense --join CODE).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="20"/>
        <source>This computer&apos;s own records belong to another office than the server&apos;s; joining would leave them behind. Nothing was changed.</source>
        <translation>Собственные записи этого компьютера принадлежат другому офису, чем записи сервера; при подключении они остались бы в стороне. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="23"/>
        <source>The server answering at this address presents a certificate other than the join code names: it may not be the office server. Check the address with the IT specialist; nothing was changed.</source>
        <translation>Сервер по этому адресу предъявляет не тот сертификат, который назван в коде подключения: возможно, это не сервер офиса. Проверьте адрес с IT-специалистом; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="27"/>
        <source>The server answering at this address offers no encryption, but the join code expects it: it may not be the office server. Nothing was changed.</source>
        <translation>Сервер по этому адресу не предлагает шифрования, а код подключения его ожидает: возможно, это не сервер офиса. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="30"/>
        <source>The server&apos;s database holds tables of another program. Use an empty database for Kense; nothing was changed.</source>
        <translation>В базе данных сервера есть таблицы другой программы. Используйте для Kense пустую базу; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="33"/>
        <source>The office server already holds this office&apos;s records; nothing was moved. This computer only needs to join it.</source>
        <translation>На сервере офиса уже есть записи этого офиса; ничего не перенесено. Этому компьютеру достаточно подключиться к нему.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="36"/>
        <source>The office server already holds another office&apos;s records; nothing was moved. Use an empty office server.</source>
        <translation>На сервере офиса уже есть записи другого офиса; ничего не перенесено. Используйте пустой сервер офиса.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="39"/>
        <source>This computer already works on the office server: there is no file of its own to move.</source>
        <translation>Этот компьютер уже работает с сервером офиса: собственного файла для переноса нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="42"/>
        <source>This computer&apos;s records do not pass the audit check, so they were not moved. Run the check on the Admin page and ask the IT specialist.</source>
        <translation>Записи этого компьютера не проходят проверку журнала аудита, поэтому не перенесены. Запустите проверку на странице администратора и обратитесь к IT-специалисту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="45"/>
        <source>This computer&apos;s database holds tables this version of Kense does not know ({tables}); nothing was moved. Install the Kense that wrote them.</source>
        <translation>В базе данных этого компьютера есть таблицы, которых эта версия Kense не знает ({tables}); ничего не перенесено. Установите Kense, которая их записала.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="49"/>
        <source>Moving the records failed and was undone: the server is empty and this computer keeps working on its own file. Try again, or ask the IT specialist.</source>
        <translation>Перенос записей не удался и отменён: сервер пуст, этот компьютер продолжает работать со своим файлом. Повторите попытку или обратитесь к IT-специалисту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="53"/>
        <source>The copy on the server did not equal this computer&apos;s records ({tables}), so it was removed again: the server is empty and this computer keeps its own file.</source>
        <translation>Копия на сервере не совпала с записями этого компьютера ({tables}), поэтому она снова удалена: сервер пуст, этот компьютер остаётся на своём файле.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="57"/>
        <source>The PostgreSQL programs are not installed on this computer. Install Kense with its “Office server” component (Linux: the postgresql package).</source>
        <translation>На этом компьютере не установлены программы PostgreSQL. Установите Kense с компонентом «Сервер офиса» (Linux: пакет postgresql).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="60"/>
        <source>A PostgreSQL program ({tool}) failed; its words are in the English line above. Nothing else was changed.</source>
        <translation>Программа PostgreSQL ({tool}) завершилась с ошибкой; её сообщение — в английской строке выше. Больше ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="63"/>
        <source>This folder holds no office server made by Kense. Check the folder given to --stop-server or --make-server.</source>
        <translation>В этой папке нет сервера офиса, созданного Kense. Проверьте папку, указанную для --stop-server или --make-server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="66"/>
        <source>This folder already holds a database folder Kense did not make. Choose an empty folder for the office server.</source>
        <translation>В этой папке уже есть папка базы данных, созданная не Kense. Выберите для сервера офиса пустую папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="69"/>
        <source>The PostgreSQL server&apos;s system user cannot write in this folder. Choose a folder it may use, such as /srv/kense.</source>
        <translation>Системный пользователь сервера PostgreSQL не может писать в эту папку. Выберите папку, доступную ему, например /srv/kense.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="72"/>
        <source>Port {port} is already used on this computer (perhaps by another PostgreSQL). Choose another port with --port.</source>
        <translation>Порт {port} на этом компьютере уже занят (возможно, другим PostgreSQL). Выберите другой порт через --port.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="76"/>
        <source>The server&apos;s backup could not be read back, so it was not kept. Check the free space of the backups folder and try again.</source>
        <translation>Резервную копию сервера не удалось прочитать обратно, поэтому она не сохранена. Проверьте свободное место в папке резервных копий и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="79"/>
        <source>The chosen file is not a backup of the office server (a .dump file made by Kense); nothing was changed.</source>
        <translation>Выбранный файл не является резервной копией сервера офиса (файлом .dump, созданным Kense); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="86"/>
        <source>The office network must be written like 192.168.1.0/24.</source>
        <translation>Сеть офиса нужно записать в виде 192.168.1.0/24.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="292"/>
        <source>diploma with honours</source>
        <translation>диплом с отличием</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="144"/>
        <source>Batch of blanks corrected</source>
        <translation>Партия бланков исправлена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="145"/>
        <source>Batch of blanks cancelled</source>
        <translation>Партия бланков аннулирована</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="155"/>
        <source>The office server&apos;s join code sheet made for printing</source>
        <translation>Подготовлен к печати лист с кодом подключения к серверу офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="158"/>
        <source>The office server&apos;s backup restored into a scratch database and checked</source>
        <translation>Резервная копия сервера офиса восстановлена во временную базу и проверена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="82"/>
        <source>The office server&apos;s user may not create databases, so its backups cannot be restored for their weekly check. Give it the right to (ALTER ROLE ... CREATEDB); a server made by Kense has it.</source>
        <translation>Пользователю сервера офиса не разрешено создавать базы данных, поэтому его резервные копии нельзя восстановить для еженедельной проверки. Дайте ему это право (ALTER ROLE ... CREATEDB); у сервера, созданного Kense, оно есть.</translation>
    </message>
</context>
</TS>
