<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ApplicantPart</name>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="32"/>
        <source>Type the 12 digits of the IIN.</source>
        <translation>ЖСН-нің 12 цифрын теріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="37"/>
        <source>%1 of 12 digits</source>
        <translation>12 цифрдың %1 енгізілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="47"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="47"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="48"/>
        <source>Correct IIN: born %1, %2</source>
        <translation>ЖСН дұрыс: туған күні %1, жынысы %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="108"/>
        <source>Matches the IIN</source>
        <translation>ЖСН-ге сәйкес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/applicant_part.py" line="57"/>
        <source>In the college&apos;s archive: %1, group %2</source>
        <translation>Колледж мұрағатында: %1, топ %2</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="56"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="57"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="58"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="59"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="60"/>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="62"/>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="121"/>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="123"/>
        <source>The first {count} found are shown: narrow the search.</source>
        <translation>Табылғандардың алғашқы {count} көрсетілді: іздеуді нақтылаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="146"/>
        <source>Also written: {names}</source>
        <translation>Басқаша жазылуы: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="156"/>
        <source>Specialty: {text}</source>
        <translation>Мамандық: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="160"/>
        <source>Qualification: {text}</source>
        <translation>Біліктілік: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="163"/>
        <source>Diploma: {diploma}</source>
        <translation>Диплом: {diploma}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="165"/>
        <source>Grades in the archive: {count}</source>
        <translation>Мұрағаттағы бағалар: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="174"/>
        <source>The college&apos;s archive</source>
        <translation>Колледж мұрағаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="175"/>
        <source>IIN, name or diploma No.:</source>
        <translation>ЖСН, аты-жөні немесе диплом нөмірі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="176"/>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/archive_dialog.py" line="177"/>
        <source>Graduated, from – to:</source>
        <translation>Бітірген жылы, бастап – дейін:</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="58"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="59"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="60"/>
        <source>Channel</source>
        <translation>Түсу жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="61"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="62"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="63"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="64"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="65"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_models.py" line="66"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="61"/>
        <source>Choose a case in the list.</source>
        <translation>Тізімнен істі таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="77"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="78"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="81"/>
        <source>request No. %1</source>
        <translation>өтінім № %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="82"/>
        <source>Channel</source>
        <translation>Түсу жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="83"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="84"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="89"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="90"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="91"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="92"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="93"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="95"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="97"/>
        <source>Language of the result</source>
        <translation>Нәтиже тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="99"/>
        <source>the document was lost</source>
        <translation>құжат жоғалған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="100"/>
        <source>the document was damaged</source>
        <translation>құжат бүлінген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="102"/>
        <source>the name has changed</source>
        <translation>аты-жөні өзгерген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="103"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="104"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="105"/>
        <source>Registered by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="106"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="107"/>
        <source>Book of duplicates No.</source>
        <translation>Телнұсқалар кітабындағы №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="108"/>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="114"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="133"/>
        <source>Returned for rework by the head:</source>
        <translation>Басшы пысықтауға қайтарды:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="137"/>
        <source>Grounds for refusal:</source>
        <translation>Бас тарту негіздемесі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="150"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="152"/>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="154"/>
        <source>presented</source>
        <translation>ұсынылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="160"/>
        <source>Handed over to the State Corporation</source>
        <translation>Мемлекеттік корпорацияға берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="161"/>
        <source>Returned by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайтарды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="162"/>
        <source>Requested again by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайта сұратты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="112"/>
        <source>Kept at the State Corporation until</source>
        <translation>Мемлекеттік корпорацияда сақталу мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="116"/>
        <source>Registration took</source>
        <translation>Тіркеу ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="117"/>
        <source>Issue took</source>
        <translation>Беру ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="21"/>
        <source>%1 min (norm %2 min)</source>
        <translation>%1 мин (нормасы %2 мин)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="28"/>
        <source>over the norm</source>
        <translation>нормадан асқан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="120"/>
        <source>Blank spoiled</source>
        <translation>Бүлінген бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="122"/>
        <source>Printed on blank</source>
        <translation>Басылған бланк</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/base.py" line="87"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/base.py" line="88"/>
        <source>Read the cases again (F5)</source>
        <translation>Істерді қайта оқу (F5)</translation>
    </message>
</context>
<context>
    <name>CertificateEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="220"/>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="221"/>
        <source>full-time</source>
        <translation>күндізгі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="221"/>
        <source>evening</source>
        <translation>кешкі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="222"/>
        <source>extramural</source>
        <translation>сырттай</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="222"/>
        <source>distance</source>
        <translation>қашықтықтан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="223"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="223"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="224"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="234"/>
        <source>e.g. 0304000</source>
        <translation>мысалы, 0304000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="235"/>
        <source>e.g. at own request</source>
        <translation>мысалы, өз қалауы бойынша</translation>
    </message>
</context>
<context>
    <name>ClerkWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="114"/>
        <source>New application…</source>
        <translation>Жаңа өтініш…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="115"/>
        <source>Registry journal…</source>
        <translation>Тіркеу журналы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="116"/>
        <source>Book of duplicates…</source>
        <translation>Телнұсқалар кітабы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="117"/>
        <source>Issue the result…</source>
        <translation>Нәтижені беру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="118"/>
        <source>Handed over to the State Corporation</source>
        <translation>Мемлекеттік корпорацияға берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="119"/>
        <source>Returned by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайтарды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="120"/>
        <source>Requested again by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайта сұратты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="121"/>
        <source>Withdraw the application…</source>
        <translation>Өтінішті кері қайтарып алу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="122"/>
        <source>Print the receipt</source>
        <translation>Қолхатты басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="123"/>
        <source>Print the result</source>
        <translation>Нәтижені басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="125"/>
        <source>Preview on plain paper (marked as a copy, not for issue)</source>
        <translation>Қарапайым парақта алдын ала қарау (көшірме белгісімен, беруге болмайды)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="124"/>
        <source>On the pre-printed blank (to issue)</source>
        <translation>Қатаң есептегі бланкіге (беру үшін)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="184"/>
        <source>The result was handed over to the State Corporation today. It keeps the result for the applicant for one month.</source>
        <translation>Нәтиже бүгін Мемлекеттік корпорацияға берілді. Ол нәтижені өтініш берушіге бір ай сақтайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="189"/>
        <source>The State Corporation returned the unclaimed result to the college for storage.</source>
        <translation>Мемлекеттік корпорация алынбаған нәтижені сақтау үшін колледжге қайтарды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="194"/>
        <source>The applicant came to the State Corporation: it asks for the result again. Send it within one working day.</source>
        <translation>Өтініш беруші Мемлекеттік корпорацияға келді: ол нәтижені қайта сұратады. Оны бір жұмыс күні ішінде жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="199"/>
        <source>The applicant withdraws the application. The case will be closed without a result.</source>
        <translation>Өтініш беруші өтінішін кері қайтарып алады. Іс нәтижесіз жабылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="208"/>
        <source>Record this?</source>
        <translation>Мұны тіркейміз бе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="253"/>
        <source>Registry journal</source>
        <translation>Тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="263"/>
        <source>Book of issued duplicates</source>
        <translation>Берілген телнұсқалар кітабы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="151"/>
        <source>The State Corporation keeps the result for the applicant until %1.</source>
        <translation>Мемлекеттік корпорация нәтижені өтініш беруші үшін %1 дейін сақтайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="127"/>
        <source>The blank was spoiled… (print on the next blank)</source>
        <translation>Бланкі бүлінді… (келесі бланкіге басу)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="235"/>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="246"/>
        <source>The blank was spoiled</source>
        <translation>Бланкі бүлінді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="236"/>
        <source>Why is the blank spoiled (it will be written off by the commission&apos;s act)? The result will be printed again on the next blank.</source>
        <translation>Бланкі неге бүлінді (ол комиссия актісімен есептен шығарылады)? Нәтиже келесі бланкіге қайта басылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/clerk.py" line="247"/>
        <source>Blank {spoiled} is recorded as spoiled. The result is now on blank {taken}: put that blank into the printer.</source>
        <translation>{spoiled} бланкісі бүлінген деп тіркелді. Нәтиже енді {taken} бланкісінде: принтерге сол бланкіні салыңыз.</translation>
    </message>
</context>
<context>
    <name>DeskTimesList</name>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="122"/>
        <source>At the desk this month: %1 registrations and issues, %2 over their norm</source>
        <translation>Осы айда кеңседе: %1 тіркеу және беру, оның %2 нормадан асқан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Took</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="126"/>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="129"/>
        <source>registration</source>
        <translation>тіркеу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="129"/>
        <source>issue</source>
        <translation>беру</translation>
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
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/document_checklist.py" line="28"/>
        <source>Presented</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/document_checklist.py" line="29"/>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>DraftFilling</name>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="33"/>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="42"/>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="47"/>
        <source>Subjects of the previous certificate</source>
        <translation>Алдыңғы анықтаманың пәндері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="34"/>
        <source>Fill in the specialty code first.</source>
        <translation>Алдымен мамандық кодын толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="43"/>
        <source>No signed certificate of specialty %1 yet.</source>
        <translation>%1 мамандығы бойынша қол қойылған анықтама әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="48"/>
        <source>Add %1 subjects below the rows already in the transcript?</source>
        <translation>Тізімдегі бар жолдардың астына %1 пән қосасыз ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="88"/>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="96"/>
        <source>Fill from the archive</source>
        <translation>Мұрағаттан толтыру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="89"/>
        <source>The archive holds %1 subjects of %2. Replace the %3 rows of the transcript with them?</source>
        <translation>Мұрағатта %2 бойынша %1 пән бар. Бағалар тізіміндегі %3 жолды солармен ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_filling.py" line="97"/>
        <source>The archive holds nothing more for this draft.</source>
        <translation>Мұрағатта бұл жобаға қосатын басқа ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="29"/>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="41"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="30"/>
        <source>Save the changes to the draft of case %1 first?</source>
        <translation>Алдымен %1 ісінің жобасындағы өзгерістерді сақтайық па?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="42"/>
        <source>Save the changes to the draft of case %1 before closing?</source>
        <translation>Жабар алдында %1 ісінің жобасындағы өзгерістерді сақтайық па?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="77"/>
        <source>Unsaved changes found</source>
        <translation>Сақталмаған өзгерістер табылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="78"/>
        <source>Changes to the draft of case %1 were not saved (the last copy is from %2). Put them back on screen?</source>
        <translation>%1 ісінің жобасындағы өзгерістер сақталмай қалды (соңғы көшірме: %2). Оларды экранға қайтарайық па?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/draft_keeping.py" line="93"/>
        <source>Changes not saved</source>
        <translation>Өзгерістер сақталмаған</translation>
    </message>
</context>
<context>
    <name>DuplicateEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="292"/>
        <source>Duplicate</source>
        <translation>Телнұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="296"/>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="297"/>
        <source>appendix to the diploma (transcript)</source>
        <translation>дипломға қосымша (бағалар тізімі)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="301"/>
        <source>surname, name and patronymic as in the original</source>
        <translation>түпнұсқадағыдай тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="305"/>
        <source>empty: at signing, the next in stock ({blank})</source>
        <translation>бос: қол қойғанда қоймадағы келесісі ({blank})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="306"/>
        <source>empty: at signing, the next blank in stock</source>
        <translation>бос: қол қойғанда қоймадағы келесі бланкі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="309"/>
        <source>Leave the new blank&apos;s series and number empty: the head&apos;s signing takes the next blank in stock ({blank}).</source>
        <translation>Жаңа бланкінің сериясы мен нөмірін бос қалдырыңыз: басшы қол қойғанда қоймадағы келесі бланкі алынады ({blank}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="311"/>
        <source>Leave the new blank&apos;s series and number empty: the head&apos;s signing takes the next blank in stock.</source>
        <translation>Жаңа бланкінің сериясы мен нөмірін бос қалдырыңыз: басшы қол қойғанда қоймадағы келесі бланкі алынады.</translation>
    </message>
</context>
<context>
    <name>EsignPanel</name>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="114"/>
        <source>Sign electronically…</source>
        <translation>Электрондық қол қою…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="116"/>
        <source>Sign this signed result with your key through NCALayer as well</source>
        <translation>Қол қойылған нәтижеге NCALayer арқылы өз кілтіңізбен де қол қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="117"/>
        <source>Save the signed files…</source>
        <translation>Қол қойылған файлдарды сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="118"/>
        <source>Check the signature</source>
        <translation>Қолтаңбаны тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="148"/>
        <source>Not signed electronically.</source>
        <translation>Электрондық қол қойылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="155"/>
        <source>Signed electronically by {name} (IIN {iin}) on {date}.</source>
        <translation>{date} күні {name} (ЖСН {iin}) электрондық қол қойған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="159"/>
        <source>The result was fixed again since: the signature is of its earlier version.</source>
        <translation>Нәтиже содан кейін қайта бекітілді: қолтаңба оның алдыңғы нұсқасына қойылған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="187"/>
        <source>Choose a folder for the signed files</source>
        <translation>Қол қойылған файлдарға арналған қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="194"/>
        <source>Signed files saved</source>
        <translation>Қол қойылған файлдар сақталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="195"/>
        <source>Saved:
{files}

Give the applicant, the State Corporation or the portal the PDF with its .cms file (or the .zip of both). The signature can be checked with NCALayer, ezsigner.kz or Kense.</source>
        <translation>Сақталды:
{files}

Өтініш берушіге, Мемлекеттік корпорацияға немесе порталға PDF файлын оның .cms файлымен бірге (немесе екеуі бар .zip) беріңіз. Қолтаңбаны NCALayer, ezsigner.kz немесе Kense арқылы тексеруге болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="57"/>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="257"/>
        <source>Electronic signature</source>
        <translation>Электрондық қолтаңба</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="55"/>
        <source>Sign the document in NCALayer&apos;s window…</source>
        <translation>Құжатқа NCALayer терезесінде қол қойыңыз…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="56"/>
        <source>Stop waiting</source>
        <translation>Күтуді тоқтату</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="233"/>
        <source>Choose the signed PDF</source>
        <translation>Қол қойылған PDF файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="234"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="239"/>
        <source>Choose its signature (.cms)</source>
        <translation>Оның қолтаңбасын таңдаңыз (.cms)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="240"/>
        <source>Signatures (*.cms *.p7s *.sig);;All files (*)</source>
        <translation>Қолтаңбалар (*.cms *.p7s *.sig);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="150"/>
        <source>To sign it with your key, start NCALayer on this computer and open the case again.</source>
        <translation>Өз кілтіңізбен қол қою үшін осы компьютерде NCALayer-ді іске қосып, істі қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/esign_panel.py" line="145"/>
        <source>This result is given on paper only: the law has no electronic form of it.</source>
        <translation>Бұл нәтиже тек қағаз түрінде беріледі: заңда оның электрондық нысаны жоқ.</translation>
    </message>
</context>
<context>
    <name>ExecutorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="128"/>
        <location filename="../../desktop/ui/workspaces/executor.py" line="154"/>
        <source>My assignments (%1)</source>
        <translation>Маған берілгендер (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="130"/>
        <source>All my cases</source>
        <translation>Менің барлық істерім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="131"/>
        <source>Cases assigned to me, the most urgent first</source>
        <translation>Маған белгіленген істер, ең шұғылы басында</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="132"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="133"/>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="231"/>
        <source>Choose a case in the list on the left.</source>
        <translation>Сол жақтағы тізімнен істі таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="135"/>
        <source>Save the draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="137"/>
        <source>Submit to the head</source>
        <translation>Басшыға жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="240"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="240"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="256"/>
        <source>Returned for rework by the head:</source>
        <translation>Басшы пысықтауға қайтарды:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="242"/>
        <source>Language of the result: %1</source>
        <translation>Нәтиже тілі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="232"/>
        <source>This screen has no editor for the result of this service. Ask the administrator.</source>
        <translation>Бұл экранда осы қызмет нәтижесінің редакторы жоқ. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/executor.py" line="136"/>
        <source>Fill from the archive…</source>
        <translation>Мұрағаттан толтыру…</translation>
    </message>
</context>
<context>
    <name>GroundsDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="115"/>
        <source>Propose a refusal</source>
        <translation>Бас тартуды ұсыну</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="116"/>
        <source>Preliminary decision to refuse</source>
        <translation>Бас тарту туралы алдын ала шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="117"/>
        <source>Motivated refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="119"/>
        <source>Case %1, applicant %2.</source>
        <translation>Іс %1, өтініш беруші %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="122"/>
        <source>The papers are in the language of the result: %1. Write the motivation in this language: the letter must not mix languages.</source>
        <translation>Құжаттар нәтиже тілінде жазылады: %1. Дәлелдемені осы тілде жазыңыз: хатта тілдер араласпауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="126"/>
        <source>Grounds the law gives for refusing the service (at least one; the desk&apos;s grounds for refusing acceptance are not among them):</source>
        <translation>Заңда көзделген қызмет көрсетуден бас тарту негіздері (кемінде біреуі; қабылдаудан бас тарту негіздері бұған жатпайды):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="129"/>
        <source>Motivation: the facts on which the refusal rests. It is printed for the applicant.</source>
        <translation>Дәлелдеме: бас тарту негізделген мән-жайлар. Ол өтініш берушіге арналған құжатта басылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="141"/>
        <source>Hearing day</source>
        <translation>Тыңдау күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="141"/>
        <source>Hour</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="141"/>
        <source>Place or way</source>
        <translation>Орны немесе тәсілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="144"/>
        <source>e.g. the head&apos;s office, room 204; or by phone</source>
        <translation>мысалы, басшының кабинеті, 204; немесе телефон арқылы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="165"/>
        <source>Discard the text?</source>
        <translation>Мәтінді тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="166"/>
        <source>The text you wrote will be lost. Close anyway?</source>
        <translation>Жазған мәтініңіз жоғалады. Бәрібір жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="134"/>
        <source>The term ends on %1. The notice must go out by %2 (%3 working days before the end); the hearing is held within %4 working days after the notice, on a working day.</source>
        <translation>Мерзім %1 аяқталады. Хабарлама %2 дейін жіберілуі тиіс (мерзім аяқталғанға дейін %3 жұмыс күні бұрын); тыңдау хабарламадан кейін %4 жұмыс күні ішінде, жұмыс күні өткізіледі.</translation>
    </message>
</context>
<context>
    <name>HeadWorkspace</name>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="213"/>
        <source>To assign (%1)</source>
        <translation>Белгілеуге (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="215"/>
        <source>To sign (%1)</source>
        <translation>Қол қоюға (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="217"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="218"/>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="219"/>
        <source>New applications waiting for an executor</source>
        <translation>Орындаушыны күтіп тұрған жаңа өтініштер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="222"/>
        <source>Overdue (%1)</source>
        <translation>Мерзімі өткен (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="224"/>
        <source>Due by the end of the next working day (%1)</source>
        <translation>Келесі жұмыс күнінің соңына дейін орындалуы тиіс (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="226"/>
        <source>Executor (open cases in brackets):</source>
        <translation>Орындаушы (жақшада — қолындағы істер саны):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="227"/>
        <source>Assign</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="228"/>
        <source>View the draft</source>
        <translation>Жобаны қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="229"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="341"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="344"/>
        <location filename="../../desktop/ui/workspaces/head.py" line="350"/>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="230"/>
        <source>Return for rework…</source>
        <translation>Пысықтауға қайтару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="337"/>
        <source>Sign the result of case %1 for %2? After signing it goes to the office to be issued and can no longer be changed.</source>
        <translation>%2 үшін %1 ісінің нәтижесіне қол қоясыз ба? Қол қойылғаннан кейін ол беру үшін кеңсеге жіберіледі және оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="364"/>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="365"/>
        <source>What must the executor correct? The executor will see this comment.</source>
        <translation>Орындаушы нені түзетуі керек? Орындаушы бұл түсініктемені көреді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="378"/>
        <source>Sign the refusal</source>
        <translation>Бас тартуға қол қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="379"/>
        <source>Sign the motivated refusal of case %1 for %2? Language of the letter: %3. After signing it goes to the office to be issued and can no longer be changed.</source>
        <translation>%2 үшін %1 ісі бойынша дәлелді бас тартуға қол қоясыз ба? Хаттың тілі: %3. Қол қойылғаннан кейін ол беру үшін кеңсеге жіберіледі және енді өзгертілмейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="346"/>
        <source>NCALayer answers on this computer: you can also sign the result electronically with your key.</source>
        <translation>Бұл компьютерде NCALayer жауап береді: нәтижеге өз кілтіңізбен электрондық қол да қоя аласыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="348"/>
        <source>Sign electronically…</source>
        <translation>Электрондық қол қою…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="231"/>
        <source>Sign the motivated refusal…</source>
        <translation>Дәлелді бас тартуға қол қою…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/head.py" line="221"/>
        <source>Drafts waiting for your signature, and refusals waiting for your decision</source>
        <translation>Қол қоюды күтіп тұрған жобалар және шешіміңізді күтіп тұрған бас тартулар</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="228"/>
        <source>The hearing</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="231"/>
        <source>the applicant came</source>
        <translation>өтініш беруші келді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="231"/>
        <source>the applicant did not come</source>
        <translation>өтініш беруші келмеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="232"/>
        <source>the applicant declined the hearing in writing</source>
        <translation>өтініш беруші тыңдаудан жазбаша бас тартты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="235"/>
        <source>confirm the refusal</source>
        <translation>бас тартуды растау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="236"/>
        <source>give the document: back to drafting</source>
        <translation>құжатты беру: жобаны дайындауға қайтару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="237"/>
        <source>The applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="237"/>
        <source>Attended</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="237"/>
        <source>The applicant&apos;s position</source>
        <translation>Өтініш берушінің ұстанымы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="238"/>
        <source>Outcome</source>
        <translation>Қорытынды шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="238"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
</context>
<context>
    <name>HearingPanel</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="66"/>
        <source>Propose a refusal…</source>
        <translation>Бас тартуды ұсыну…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="67"/>
        <source>Preliminary decision to refuse…</source>
        <translation>Бас тарту туралы алдын ала шешім…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="68"/>
        <source>The notice of the hearing was handed or sent…</source>
        <translation>Тыңдау туралы хабарлама табыс етілді немесе жіберілді…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="69"/>
        <source>Record the hearing…</source>
        <translation>Тыңдауды тіркеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="72"/>
        <source>Notice…</source>
        <translation>Хабарлама…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="73"/>
        <source>Protocol…</source>
        <translation>Хаттама…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="98"/>
        <source>Refusal road: the term ends on %1; the notice must go out by %2.</source>
        <translation>Бас тарту рәсімі: мерзім %1 аяқталады; хабарлама %2 дейін жіберілуі тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="102"/>
        <source>Hearing: %1, %2.</source>
        <translation>Тыңдау: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="105"/>
        <source>Notice handed or sent on %1; the hearing is due by %2.</source>
        <translation>Хабарлама %1 табыс етілді немесе жіберілді; тыңдау %2 дейін өткізілуі тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="109"/>
        <source>The hearing ended in the document.</source>
        <translation>Тыңдау құжатты беру шешімімен аяқталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="111"/>
        <source>The hearing confirmed the refusal.</source>
        <translation>Тыңдау бас тартуды растады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_panel.py" line="113"/>
        <source>The head declined the proposed refusal.</source>
        <translation>Басшы ұсынылған бас тартуды қабылдамады.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="77"/>
        <source>Issue the result</source>
        <translation>Нәтижені беру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="82"/>
        <source>Case %1, applicant %2. Check the identity document of the person who takes the result.</source>
        <translation>%1 іс, өтініш беруші %2. Нәтижені алатын адамның жеке басын куәландыратын құжатын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="86"/>
        <source>Received by</source>
        <translation>Кім алды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="87"/>
        <source>the applicant</source>
        <translation>өтініш берушінің өзі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="88"/>
        <source>a representative</source>
        <translation>өкілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="89"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="90"/>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="91"/>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="92"/>
        <source>e.g. identity card No. 012345678</source>
        <translation>мысалы, жеке куәлік № 012345678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="93"/>
        <source>notarised, No. and date</source>
        <translation>нотариалды куәландырылған, нөмірі мен күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="79"/>
        <source>Case %1, applicant %2. The State Corporation gave the result out: record who took it and their document as the Corporation reports.</source>
        <translation>%1 іс, өтініш беруші %2. Нәтижені Мемлекеттік корпорация берді: оны кім алғанын және оның құжатын Корпорацияның хабарлағанындай жазыңыз.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="191"/>
        <source>The notice of the hearing</source>
        <translation>Тыңдау туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="192"/>
        <source>handed in person against signature</source>
        <translation>қолын қойғызып, өзіне табыс етілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="192"/>
        <source>sent by post</source>
        <translation>поштамен жіберілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="193"/>
        <source>sent by e-mail</source>
        <translation>электрондық поштамен жіберілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="193"/>
        <source>sent through the State Corporation</source>
        <translation>Мемлекеттік корпорация арқылы жіберілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="197"/>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/hearing_dialogs.py" line="197"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="170"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="171"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="92"/>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="94"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="95"/>
        <source>How the application came</source>
        <translation>Өтініштің түсу жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="96"/>
        <source>Request number</source>
        <translation>Өтінім нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="97"/>
        <source>Submitted on the portal</source>
        <translation>Порталға берілген уақыты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="98"/>
        <source>Language of the result</source>
        <translation>Нәтиже тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="99"/>
        <source>The document was</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="100"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="101"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="102"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="103"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="104"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="105"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="106"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="107"/>
        <source>Their document</source>
        <translation>Өкілдің құжаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="111"/>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="112"/>
        <source>Applicant (the student or graduate)</source>
        <translation>Өтініш беруші (білім алушы немесе түлек)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="114"/>
        <source>Representative (only if someone applies on the applicant&apos;s behalf)</source>
        <translation>Өкіл (өтініш берушінің атынан басқа адам келсе ғана)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="115"/>
        <source>Documents presented</source>
        <translation>Ұсынылған құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="117"/>
        <source>Tick each document the applicant handed in. Tick “expired” if its validity has ended. Without a complete package the application can only be refused acceptance.</source>
        <translation>Өтініш беруші тапсырған әр құжатты белгілеңіз. Қолданылу мерзімі біткен болса, «Мерзімі өткен» белгісін қойыңыз. Құжаттар толық болмаса, өтінішті қабылдаудан тек бас тартуға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="120"/>
        <source>lost</source>
        <translation>жоғалған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="121"/>
        <source>damaged</source>
        <translation>бүлінген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="122"/>
        <source>The surname, name or patronymic has changed</source>
        <translation>Тегі, аты немесе әкесінің аты өзгерген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="123"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="127"/>
        <source>power of attorney or birth certificate No.</source>
        <translation>сенімхат не туу туралы куәлік №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="128"/>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="213"/>
        <source>Refuse acceptance and print the refusal receipt for the applicant?</source>
        <translation>Қабылдаудан бас тартып, өтініш берушіге бас тарту туралы қолхатты басып шығарамыз ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="214"/>
        <source>Incomplete package</source>
        <translation>Құжаттар толық емес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="258"/>
        <source>Discard the application?</source>
        <translation>Өтінішті тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="259"/>
        <source>What you typed for this application will be lost. Close anyway?</source>
        <translation>Осы өтінішке енгізгеніңіз жоғалады. Бәрібір жабайық па?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="289"/>
        <source>Unfinished application found</source>
        <translation>Аяқталмаған өтініш табылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="290"/>
        <source>An application you were typing was not registered (the last copy is from %1). Put it back in the form?</source>
        <translation>Сіз толтырып жатқан өтініш тіркелмей қалды (соңғы көшірме: %1). Оны нысанға қайтарайық па?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="196"/>
        <source>Already in work</source>
        <translation>Жұмыста бар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="197"/>
        <source>This person already has an open application for this service: %1. Register another one anyway?</source>
        <translation>Бұл адамның осы қызметке ашық өтініші бар: %1. Бәрібір тағы біреуін тіркейсіз бе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registration.py" line="124"/>
        <source>Find in the college&apos;s archive…</source>
        <translation>Колледж мұрағатынан табу…</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="157"/>
        <source>Search: IIN, surname or number</source>
        <translation>Іздеу: ЖСН, тегі немесе нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="158"/>
        <source>Accepted from</source>
        <translation>Қабылданған күні, бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="159"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="160"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="161"/>
        <source>Channel</source>
        <translation>Түсу жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="162"/>
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="164"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="166"/>
        <source>All channels</source>
        <translation>Түсудің барлық жолдары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/registry.py" line="235"/>
        <source>Cases found: %1</source>
        <translation>Табылған істер: %1</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="146"/>
        <source>Discard the text?</source>
        <translation>Мәтінді тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/dialogs.py" line="147"/>
        <source>The text you wrote will be lost. Close anyway?</source>
        <translation>Жазған мәтініңіз жоғалады. Бәрібір жабайық па?</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Subject</source>
        <translation>Пән</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Credits</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="117"/>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="118"/>
        <source>Add a row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="119"/>
        <source>Remove the row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="120"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="121"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="122"/>
        <source>Paste rows from Excel</source>
        <translation>Excel-ден жолдарды қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="124"/>
        <source>Copy the columns subject, hours, credits, grade in Excel, then press this button or Ctrl+V in the table.</source>
        <translation>Excel-де пән, сағат, кредит, баға бағандарын көшіріп алып, осы батырманы немесе кестеде Ctrl+V басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="126"/>
        <source>Subjects of the previous certificate</source>
        <translation>Алдыңғы анықтаманың пәндері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="128"/>
        <source>Start from the subject list of the last signed certificate of the same specialty (subjects only: hours, credits and grades are this person&apos;s own).</source>
        <translation>Осы мамандық бойынша соңғы қол қойылған анықтаманың пәндер тізімінен бастау (тек пәндер: сағат, кредит және бағалар осы адамның өзінікі).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/transcript_editor.py" line="130"/>
        <source>One subject per row. Fill in hours or credits (or both) and the grade as written in the records. Rows copied from Excel can be pasted with Ctrl+V.</source>
        <translation>Бір жолға бір пән. Сағатты немесе кредитті (не екеуін де) және бағаны құжаттарда жазылғандай толтырыңыз. Excel-ден көшірілген жолдарды Ctrl+V арқылы қоюға болады.</translation>
    </message>
</context>
<context>
    <name>_ContentEditor</name>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="159"/>
        <source>From the archive: check it against the documents</source>
        <translation>Мұрағаттан алынды: құжаттармен салыстырып тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/editors.py" line="166"/>
        <source>from the archive: check it against the documents</source>
        <translation>мұрағаттан алынды: құжаттармен салыстырып тексеріңіз</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>There is nothing to print for this case yet.</source>
        <translation>Бұл іс бойынша әзірге басып шығаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="165"/>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="166"/>
        <source>Refusal receipt</source>
        <translation>Бас тарту туралы қолхат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="167"/>
        <source>Draft result</source>
        <translation>Нәтиженің жобасы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="168"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="169"/>
        <source>Registry journal</source>
        <translation>Тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="170"/>
        <source>Book of issued duplicates</source>
        <translation>Берілген телнұсқалар кітабы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Notice of the preliminary decision and of the hearing</source>
        <translation>Алдын ала шешім және тыңдау туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Hearing protocol</source>
        <translation>Тыңдау хаттамасы</translation>
    </message>
</context>
</TS>
