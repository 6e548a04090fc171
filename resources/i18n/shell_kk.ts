<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AdminWorkspace</name>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="67"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="68"/>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="69"/>
        <source>Work calendar</source>
        <translation>Жұмыс күнтізбесі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="70"/>
        <source>Blank printing</source>
        <translation>Бланкіге басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="74"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="75"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="73"/>
        <source>Archive</source>
        <translation>Мұрағат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="71"/>
        <source>Signatures</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="72"/>
        <source>Blanks</source>
        <translation>Бланкілер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="76"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="60"/>
        <source>Imported on</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="61"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="62"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="63"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="64"/>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="65"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="66"/>
        <source>Cells not read</source>
        <translation>Оқылмаған ұяшықтар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="67"/>
        <source>SHA-256 of the file</source>
        <translation>Файлдың SHA-256 мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="93"/>
        <source>Choose an Excel file…</source>
        <translation>Excel файлын таңдау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="94"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="95"/>
        <source>Save the template…</source>
        <translation>Үлгіні сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="96"/>
        <source>Files imported</source>
        <translation>Импортталған файлдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="106"/>
        <source>Choose an Excel file</source>
        <translation>Excel файлын таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="121"/>
        <source>Reading {file}…</source>
        <translation>{file} оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="141"/>
        <source>Importing {file}…</source>
        <translation>{file} импортталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="148"/>
        <source>Archive</source>
        <translation>Мұрағат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="156"/>
        <source>The file was imported. Added: {added}; updated: {updated}; unchanged: {unchanged}. Nothing was deleted.</source>
        <translation>Файл импортталды. Қосылды: {added}; жаңартылды: {updated}; өзгеріссіз: {unchanged}. Ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="165"/>
        <source>grade in “{subject}”</source>
        <translation>«{subject}» бағасы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="167"/>
        <source>another spelling</source>
        <translation>жазылуының басқа түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="170"/>
        <source>… and {count} more (see the audit log)</source>
        <translation>… және тағы {count} (аудит журналын қараңыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="176"/>
        <source>Save the template</source>
        <translation>Үлгіні сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_page.py" line="89"/>
        <source>Bring in the college&apos;s summary grade sheets (one sheet per group) or lists of students and graduates with a header row. Nothing is stored until you check the preview (leave out any row that is no student) and press Import. A repeated or corrected file adds and updates; it never deletes anyone.</source>
        <translation>Колледждің жиынтық ведомостарын (әр топқа бір парақ) немесе тақырып жолы бар студенттер мен түлектер тізімдерін жүктеңіз. Алдын ала қарауды тексеріп (студент емес кез келген жолды шығарып тастаңыз), «Импорттау» батырмасын баспайынша ештеңе сақталмайды. Қайта немесе түзетіліп жүктелген файл қосады және жаңартады; ешкімді жоймайды.</translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="149"/>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="170"/>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="150"/>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="171"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="151"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="153"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="154"/>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="163"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="155"/>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="157"/>
        <source>Diploma</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="159"/>
        <source>Diploma date</source>
        <translation>Диплом күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="160"/>
        <source>Grades</source>
        <translation>Бағалар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="164"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="165"/>
        <source>Subject</source>
        <translation>Пән</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="166"/>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="167"/>
        <source>Credits</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="172"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="173"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="174"/>
        <source>Cell text</source>
        <translation>Ұяшық мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="251"/>
        <source>summary grade sheets, one sheet per group</source>
        <translation>жиынтық ведомостар, әр топқа бір парақ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="253"/>
        <source>a list with a header row</source>
        <translation>тақырып жолы бар тізім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="260"/>
        <source>{file}: {layout}. Groups: {groups}; students: {students}; subjects: {subjects}; grades: {grades}. Rows left out: {skipped}; cells that could not be read: {errors}.</source>
        <translation>{file}: {layout}. Топтар: {groups}; студенттер: {students}; пәндер: {subjects}; бағалар: {grades}. Өткізілген жолдар: {skipped}; оқылмаған ұяшықтар: {errors}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="272"/>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="272"/>
        <source>Subjects</source>
        <translation>Пәндер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="273"/>
        <source>Cells not read</source>
        <translation>Оқылмаған ұяшықтар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="273"/>
        <source>Rows left out</source>
        <translation>Өткізілген жолдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="280"/>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="130"/>
        <source>summary grade sheet</source>
        <translation>жиынтық ведомость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="131"/>
        <source>list with a header row</source>
        <translation>тақырып жолы бар тізім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="146"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="147"/>
        <source>left out</source>
        <translation>шығарылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="255"/>
        <source>{summaries} summary grade sheets (one per group) and {lists} lists with a header row</source>
        <translation>{summaries} жиынтық ведомость (әр топқа бір парақ) және тақырып жолы бар {lists} тізім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="267"/>
        <source>Students you left out of the import: {count}.</source>
        <translation>Импорттан сіз шығарған студенттер: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="278"/>
        <source>Leave the chosen rows out</source>
        <translation>Таңдалған жолдарды шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="279"/>
        <source>Take the chosen rows back in</source>
        <translation>Таңдалған жолдарды қайтару</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="26"/>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="27"/>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="28"/>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="29"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="30"/>
        <source>attempt</source>
        <translation>әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="31"/>
        <source>until</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="32"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="33"/>
        <source>college</source>
        <translation>колледж</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="34"/>
        <source>day</source>
        <translation>күн</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="35"/>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="36"/>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="37"/>
        <source>deadlines moved</source>
        <translation>ауысқан мерзімдер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="38"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="39"/>
        <source>saved before</source>
        <translation>алдын ала сақталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="42"/>
        <source>reg. number</source>
        <translation>тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="43"/>
        <source>service</source>
        <translation>қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="44"/>
        <source>channel</source>
        <translation>түсу жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="45"/>
        <source>state</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="46"/>
        <source>executor</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="47"/>
        <source>recipient</source>
        <translation>алушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="48"/>
        <source>transcript rows</source>
        <translation>бағалар жолдары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="49"/>
        <source>book number</source>
        <translation>кітап нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="50"/>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="51"/>
        <source>due</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="52"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="53"/>
        <source>documents presented</source>
        <translation>ұсынылған құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="54"/>
        <source>documents missing</source>
        <translation>жетпейтін құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="55"/>
        <source>documents expired</source>
        <translation>мерзімі өткен құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="56"/>
        <source>signed</source>
        <translation>қол қойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="57"/>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="58"/>
        <source>issued to</source>
        <translation>кімге берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="59"/>
        <source>recipient&apos;s identity document</source>
        <translation>алушының жеке басын куәландыратын құжаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="60"/>
        <source>result</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="61"/>
        <source>verification code</source>
        <translation>тексеру коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="62"/>
        <source>grounds for refusal</source>
        <translation>бас тарту негізі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="63"/>
        <source>comment for rework</source>
        <translation>пысықтауға ескерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="64"/>
        <source>printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="65"/>
        <source>offsets, mm</source>
        <translation>ығысу, мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="66"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="124"/>
        <source>handed over to the State Corporation</source>
        <translation>Мемлекеттік корпорацияға берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="125"/>
        <source>returned by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайтарды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="126"/>
        <source>requested by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайта сұратты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="106"/>
        <location filename="../../desktop/ui/admin/audit_details.py" line="129"/>
        <source>the applicant</source>
        <translation>өтініш берушінің өзі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="130"/>
        <source>a representative</source>
        <translation>өкілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="133"/>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="134"/>
        <source>appendix to the diploma</source>
        <translation>дипломға қосымша</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="51"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="52"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="53"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="56"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="57"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="58"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="99"/>
        <source>Verify the log</source>
        <translation>Журналды тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="102"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="103"/>
        <source>Show older entries</source>
        <translation>Ертеректегі жазбаларды көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="120"/>
        <source>Checking the audit log…</source>
        <translation>Аудит журналы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="76"/>
        <source>begun at the desk</source>
        <translation>қабылдауда басталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="77"/>
        <source>done</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="78"/>
        <source>students added</source>
        <translation>қосылған студенттер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="79"/>
        <source>students updated</source>
        <translation>жаңартылған студенттер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="80"/>
        <source>students unchanged</source>
        <translation>өзгеріссіз студенттер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="82"/>
        <source>students changed</source>
        <translation>өзгерген студенттер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="83"/>
        <source>cells not read</source>
        <translation>оқылмаған ұяшықтар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="84"/>
        <source>layout of the file</source>
        <translation>файлдың пішімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="85"/>
        <source>batch No.</source>
        <translation>партия №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="86"/>
        <source>kind of blank</source>
        <translation>бланк түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="87"/>
        <source>series</source>
        <translation>сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="88"/>
        <source>first number</source>
        <translation>бірінші нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="89"/>
        <source>last number</source>
        <translation>соңғы нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="90"/>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="91"/>
        <source>blanks</source>
        <translation>бланкілер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="92"/>
        <source>already used</source>
        <translation>бұрын пайдаланылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="93"/>
        <source>blank</source>
        <translation>бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="94"/>
        <source>spoiled blank</source>
        <translation>бүлінген бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="95"/>
        <source>fixed record replaced No.</source>
        <translation>ауыстырылған бекітілген жазба №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="96"/>
        <source>signed electronically by</source>
        <translation>электрондық қол қойған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="97"/>
        <source>certificate of</source>
        <translation>сертификат иесі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="100"/>
        <source>legal ground</source>
        <translation>құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="101"/>
        <source>legal grounds</source>
        <translation>құқықтық негіздер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="102"/>
        <source>hearing</source>
        <translation>тыңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="103"/>
        <source>notice No.</source>
        <translation>хабарлама №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="104"/>
        <source>notice handed or sent on</source>
        <translation>хабарлама табыс етілген/жіберілген күн</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="105"/>
        <source>how</source>
        <translation>қалай</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="107"/>
        <source>outcome</source>
        <translation>қорытынды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="137"/>
        <source>handed in person against signature</source>
        <translation>қолын қойғызып, өзіне табыс етілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="138"/>
        <source>sent by post</source>
        <translation>поштамен жіберілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="139"/>
        <source>sent by e-mail</source>
        <translation>электрондық поштамен жіберілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="140"/>
        <source>sent through the State Corporation</source>
        <translation>Мемлекеттік корпорация арқылы жіберілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="143"/>
        <source>came to the hearing</source>
        <translation>тыңдауға келді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="144"/>
        <source>did not come</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="145"/>
        <source>declined in writing</source>
        <translation>жазбаша бас тартты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="160"/>
        <source>the document is given</source>
        <translation>құжат беріледі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="161"/>
        <source>the refusal is confirmed</source>
        <translation>бас тарту расталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="98"/>
        <source>list of revoked certificates of</source>
        <translation>кері қайтарылған сертификаттар тізімін берген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="99"/>
        <source>list dated</source>
        <translation>тізім күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="40"/>
        <source>tables</source>
        <translation>кестелер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="41"/>
        <source>rows</source>
        <translation>жолдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="81"/>
        <source>students left out by the administrator</source>
        <translation>әкімші шығарған студенттер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="109"/>
        <source>restore check</source>
        <translation>қалпына келтіру тексерісі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="110"/>
        <source>found</source>
        <translation>анықталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="111"/>
        <source>audit records checked</source>
        <translation>тексерілген аудит жазбалары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="112"/>
        <source>checked on</source>
        <translation>тексерілген күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="113"/>
        <source>kept as</source>
        <translation>сақталған атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="148"/>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="149"/>
        <source>FAILED</source>
        <translation>ӨТПЕДІ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="150"/>
        <source>not done</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="153"/>
        <source>a record of the copy was changed</source>
        <translation>көшірмедегі жазба өзгертілген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="154"/>
        <source>the copy cannot be restored</source>
        <translation>көшірмені қалпына келтіру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="155"/>
        <source>no office key on the server PC</source>
        <translation>сервер компьютерінде кеңсе кілті жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="156"/>
        <source>the server&apos;s user may not create databases</source>
        <translation>сервер пайдаланушысына дерекқор құруға рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="108"/>
        <source>proposed refusal declined</source>
        <translation>ұсынылған бас тарту қабылданбады</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="50"/>
        <source>Made on</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="51"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="52"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="53"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="80"/>
        <source>Made by the administrator</source>
        <translation>Әкімші жасаған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="82"/>
        <source>Daily, automatic</source>
        <translation>Күнделікті, автоматты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="84"/>
        <source>Saved before a restore</source>
        <translation>Қалпына келтіру алдында сақталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="86"/>
        <source>Saved before a program update</source>
        <translation>Бағдарлама жаңартылар алдында сақталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="87"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="91"/>
        <source>Kense makes a copy of the database every day it is started and keeps the last 14. Make a copy yourself before big changes, and keep copies on another disk too. Restoring replaces all current data with the copy; the current data is saved first.</source>
        <translation>Kense іске қосылған әр күні дерекқордың көшірмесін жасап, соңғы 14 көшірмені сақтайды. Үлкен өзгерістер алдында көшірмені өзіңіз жасаңыз және көшірмелерді басқа дискіде де сақтаңыз. Қалпына келтіру ағымдағы деректердің бәрін көшірмемен алмастырады; ағымдағы деректер алдымен сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="95"/>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="96"/>
        <source>Restore the selected copy…</source>
        <translation>Таңдалған көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="97"/>
        <source>Restore from a file…</source>
        <translation>Файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="110"/>
        <source>Folder of the copies: {folder}</source>
        <translation>Көшірмелер қалтасы: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="172"/>
        <source>Making a backup…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="179"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="180"/>
        <source>The backup was made and checked:
{path}</source>
        <translation>Сақтық көшірме жасалды және тексерілді:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="195"/>
        <source>Restore from a file</source>
        <translation>Файлдан қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="203"/>
        <location filename="../../desktop/ui/admin/backups.py" line="229"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="205"/>
        <source>Replace ALL current data with the copy {name}?

Everything entered after that copy was made will be gone from the working database (the current data is saved to the backups folder first). Other computers must not work with Kense meanwhile. After the restore everyone signs in again.</source>
        <translation>Ағымдағы БАРЛЫҚ деректер {name} көшірмесімен алмастырылсын ба?

Осы көшірме жасалғаннан кейін енгізілгеннің бәрі жұмыс дерекқорынан жойылады (ағымдағы деректер алдымен көшірмелер қалтасына сақталады). Осы уақытта басқа компьютерлер Kense-пен жұмыс істемеуі тиіс. Қалпына келтірілгеннен кейін барлығы қайта кіреді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="218"/>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="224"/>
        <source>The data was restored from {name}.</source>
        <translation>Деректер {name} көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="226"/>
        <source>The previous data was saved as {name}.</source>
        <translation>Бұрынғы деректер {name} болып сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="228"/>
        <source>Sign in again.</source>
        <translation>Қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="113"/>
        <source>The office server&apos;s newest daily backup: {when}, {file}</source>
        <translation>Кеңсе серверінің ең соңғы күнделікті сақтық көшірмесі: {when}, {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="196"/>
        <source>Kense backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>Kense сақтық көшірмелері (*.sqlite3 *.dump);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="127"/>
        <source>The office server&apos;s backups have not yet been restored into a scratch database and checked (the server PC does it once a week).</source>
        <translation>Кеңсе серверінің сақтық көшірмелері әлі уақытша дерекқорға қалпына келтіріліп тексерілген жоқ (сервер компьютері мұны аптасына бір рет жасайды).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="131"/>
        <source>Last restore check: {when}, passed ({file} restored into a scratch database, the audit check passed).</source>
        <translation>Қалпына келтірудің соңғы тексерісі: {when}, сәтті ({file} уақытша дерекқорға қалпына келтірілді, аудит журналының тексерісі сәтті өтті).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="135"/>
        <source>it cannot be restored</source>
        <translation>оны қалпына келтіру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="136"/>
        <source>its copy does not pass the audit check</source>
        <translation>қалпына келтірілген көшірме аудит журналының тексерісінен өтпейді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="137"/>
        <source>Last restore check: {when}, FAILED: {why}. {file} was kept as {file}.bad and is not offered for a restore; check the records on the Audit page and keep older copies.</source>
        <translation>Қалпына келтірудің соңғы тексерісі: {when}, ӨТПЕДІ: {why}. {file} {file}.bad ретінде сақталды және қалпына келтіруге ұсынылмайды; «Аудит журналы» бетінде жазбаларды тексеріп, ескі көшірмелерді сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="141"/>
        <source>the server PC does not have the office key</source>
        <translation>сервер компьютерінде кеңсе кілті жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="142"/>
        <source>the server&apos;s user may not create databases</source>
        <translation>сервер пайдаланушысына дерекқор құруға рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="143"/>
        <source>see the log of Kense on the server PC ({code})</source>
        <translation>сервер компьютеріндегі Kense журналын қараңыз ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="145"/>
        <source>Last restore check: {when}, not done: {why}.</source>
        <translation>Қалпына келтірудің соңғы тексерісі: {when}, орындалмады: {why}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="97"/>
        <source>Batch of blanks received</source>
        <translation>Бланкілер партиясы келіп түсті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="100"/>
        <source>Kind of blank</source>
        <translation>Бланкінің түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="100"/>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="100"/>
        <source>First number</source>
        <translation>Бірінші нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="101"/>
        <source>Last number</source>
        <translation>Соңғы нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="101"/>
        <source>Received on</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="102"/>
        <source>Document of receipt (waybill, act)</source>
        <translation>Қабылдау құжаты (жүкқұжат, акт)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="98"/>
        <source>Correct a batch of blanks</source>
        <translation>Бланкілер партиясын түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="116"/>
        <source>{series} {first}–{last}: {count} blanks</source>
        <translation>{series} {first}–{last}: барлығы {count} бланк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="127"/>
        <source>Record {count} blanks of the kind “{kind}”: series {series}, numbers {first}–{last}?</source>
        <translation>«{kind}» бланкілері тіркелсін бе: сериясы {series}, нөмірлері {first}–{last}, барлығы {count} дана?</translation>
    </message>
</context>
<context>
    <name>BlankReportsDialog</name>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="158"/>
        <source>Strict-accountability blanks</source>
        <translation>Қатаң есептегі бланкілер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="159"/>
        <source>In stock now, by kind and series:</source>
        <translation>Қазір қоймада, түрі мен сериясы бойынша:</translation>
    </message>
</context>
<context>
    <name>BlankReportsPanel</name>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="88"/>
        <source>Reports for a period</source>
        <translation>Кезеңге есептер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="89"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="90"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="91"/>
        <source>Stock report…</source>
        <translation>Қалдық туралы есеп…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="92"/>
        <source>Stock report to Excel…</source>
        <translation>Қалдық туралы есеп Excel-ге…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="93"/>
        <source>Write-off act of spoiled blanks…</source>
        <translation>Бүлінген бланкілерді есептен шығару актісі…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="104"/>
        <source>Write-off act of spoiled blanks</source>
        <translation>Бүлінген бланкілерді есептен шығару актісі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="112"/>
        <source>Blank stock report</source>
        <translation>Бланкілер қалдығы туралы есеп</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="119"/>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="131"/>
        <source>Stock report to Excel</source>
        <translation>Қалдық туралы есеп Excel-ге</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="132"/>
        <source>Saved: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>BlanksPage</name>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="164"/>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="38"/>
        <source>Kind of blank</source>
        <translation>Бланкінің түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="165"/>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="173"/>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="38"/>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="39"/>
        <source>In stock</source>
        <translation>Қоймада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="39"/>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="40"/>
        <source>Spoiled</source>
        <translation>Бүлінді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="40"/>
        <source>Lost</source>
        <translation>Жоғалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_reports_panel.py" line="41"/>
        <source>Next to be used</source>
        <translation>Келесі пайдаланылатыны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="163"/>
        <source>Received on</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="166"/>
        <source>Numbers</source>
        <translation>Нөмірлері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="167"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="168"/>
        <source>Document of receipt</source>
        <translation>Қабылдау құжаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="169"/>
        <source>Recorded by</source>
        <translation>Кім тіркеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="174"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="175"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="178"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="179"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="181"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="182"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="235"/>
        <source>Duplicates are printed on numbered blanks of strict accountability. Record each batch received here: the head&apos;s signing takes the next blank in stock (the lowest number of its series), a misprint is written off as spoiled by the clerk, and the commission signs the act of the blanks spoiled in the period.</source>
        <translation>Телнұсқалар қатаң есептегі нөмірленген бланкілерге басылады. Келіп түскен әр партияны осында тіркеңіз: басшы қол қойғанда қоймадағы келесі бланкі (сериясының ең кіші нөмірі) алынады, қате басылған бланкіні кеңсе қызметкері бүлінген деп белгілейді, ал кезеңде бүлінген бланкілер актісіне комиссия қол қояды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="239"/>
        <source>Stock by series</source>
        <translation>Серия бойынша қалдық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="240"/>
        <source>Batches received</source>
        <translation>Келіп түскен партиялар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="241"/>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="302"/>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="341"/>
        <source>Blanks</source>
        <translation>Бланкілер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="242"/>
        <source>Record a batch received…</source>
        <translation>Келіп түскен партияны тіркеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="245"/>
        <source>Mark the chosen blank as lost…</source>
        <translation>Таңдалған бланкіні жоғалған деп белгілеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="254"/>
        <source>Every state</source>
        <translation>Барлық күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="272"/>
        <source>Every series</source>
        <translation>Барлық серия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="341"/>
        <source>Choose a blank in the list first.</source>
        <translation>Алдымен тізімнен бланкіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="344"/>
        <source>Blank lost</source>
        <translation>Бланкі жоғалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="344"/>
        <source>Why is blank {series} № {number} lost?</source>
        <translation>{series} № {number} бланкісі неге жоғалды?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="243"/>
        <source>Correct the chosen batch…</source>
        <translation>Таңдалған партияны түзету…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="244"/>
        <source>Cancel the chosen batch…</source>
        <translation>Таңдалған партияның күшін жою…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="302"/>
        <source>Choose a batch in the list first.</source>
        <translation>Алдымен тізімнен партияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="325"/>
        <source>Cancel a batch</source>
        <translation>Партияның күшін жою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/blanks_page.py" line="326"/>
        <source>The batch {series} {first}–{last} ({count} blanks) leaves the stock. Why is it cancelled?</source>
        <translation>{series} {first}–{last} партиясы ({count} бланк) қалдықтан шығарылады. Оның күші неге жойылады?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="104"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="105"/>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="106"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="108"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="130"/>
        <source>Extra working day</source>
        <translation>Қосымша жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="130"/>
        <source>Extra day off</source>
        <translation>Қосымша демалыс күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="134"/>
        <source>Public holidays of Kazakhstan and their transferred days off are already known to Kense. Add here only the exceptions: a day off moved by a later decree, or a day this college does not work. Deadlines of open cases are recalculated.</source>
        <translation>Қазақстанның мерекелік күндері мен ауыстырылған демалыс күндері Kense-ке белгілі. Мұнда тек ерекшеліктерді қосыңыз: кейінгі қаулымен ауыстырылған демалыс күні немесе колледж жұмыс істемейтін күн. Ашық істердің мерзімдері қайта есептеледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="138"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="139"/>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="161"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="162"/>
        <source>Remove the exception for {day}? The day returns to the ordinary calendar.</source>
        <translation>{day} күнгі ерекшелік жойылсын ба? Бұл күн әдеттегі күнтізбеге қайтады.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="176"/>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="177"/>
        <source>Current password:</source>
        <translation>Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="178"/>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="179"/>
        <source>Repeat the new password:</source>
        <translation>Жаңа құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="184"/>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="62"/>
        <source>These details are printed on receipts, certificates, duplicates and letters.</source>
        <translation>Бұл деректер қолхаттарда, анықтамаларда, телнұсқаларда және хаттарда басылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="65"/>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="66"/>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="67"/>
        <source>Address in Kazakh:</source>
        <translation>Қазақша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="68"/>
        <source>Address in Russian:</source>
        <translation>Орысша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="69"/>
        <source>Head of the college:</source>
        <translation>Колледж басшысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="70"/>
        <source>Phone for applicants:</source>
        <translation>Өтініш берушілерге арналған телефон:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="71"/>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="76"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="77"/>
        <source>Undo changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="105"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/college.py" line="72"/>
        <source>BIN (for electronic signatures):</source>
        <translation>БСН (электрондық қолтаңбалар үшін):</translation>
    </message>
</context>
<context>
    <name>CrlPanel</name>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="69"/>
        <source>Lists of revoked certificates. Import the NCA&apos;s lists (nca_gost_2022.crl and its delta nca_gost_2022_d.crl; the RSA lists for older signatures) and import them again when the NCA renews them: a signature is said not revoked only as of the date of a list imported here, and only a list newer than the signing moment can say so.</source>
        <translation>Кері қайтарылған сертификаттар тізімдері. ҰКО тізімдерін (nca_gost_2022.crl және оның дельтасы nca_gost_2022_d.crl; ескі қолтаңбалар үшін RSA тізімдері) импорттаңыз және ҰКО оларды жаңартқан сайын қайта импорттаңыз: қолтаңба тек осы жерге импортталған тізімнің күніне қарай кері қайтарылмаған деп айтылады және мұны тек қол қою сәтінен кейінгі тізім ғана айта алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="75"/>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="75"/>
        <source>List of</source>
        <translation>Тізім күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="75"/>
        <source>Next list by</source>
        <translation>Келесі тізім мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="76"/>
        <source>Certificates listed</source>
        <translation>Тізімдегі сертификаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="77"/>
        <source>Import a list of revoked certificates…</source>
        <translation>Кері қайтарылған сертификаттар тізімін импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="78"/>
        <source>Remove the list</source>
        <translation>Тізімді жою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="79"/>
        <source>Download the lists (online)</source>
        <translation>Тізімдерді жүктеп алу (желі арқылы)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="81"/>
        <source>Where this computer is online: download the lists the certificates name, in the background, and import them as files</source>
        <translation>Компьютер желіге қосылған болса: сертификаттарда көрсетілген тізімдерді фондық режимде жүктеп алып, файл ретінде импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="93"/>
        <source>(delta)</source>
        <translation>(дельта)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="102"/>
        <source>Choose the NCA&apos;s lists of revoked certificates</source>
        <translation>ҰКО-ның кері қайтарылған сертификаттар тізімдерін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="103"/>
        <source>Lists of revoked certificates (*.crl);;All files (*)</source>
        <translation>Кері қайтарылған сертификаттар тізімдері (*.crl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="129"/>
        <source>No certificate here names a list to download: import the lists as files.</source>
        <translation>Мұндағы бірде-бір сертификатта жүктеп алатын тізім көрсетілмеген: тізімдерді файл ретінде импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="132"/>
        <source>Downloading {count} lists…</source>
        <translation>{count} тізім жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="155"/>
        <source>Lists imported: {count}.</source>
        <translation>Импортталған тізімдер: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/crl_panel.py" line="157"/>
        <source>Not imported: {lists}</source>
        <translation>Импортталмады: {lists}</translation>
    </message>
</context>
<context>
    <name>FigureCasesDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/figure_cases.py" line="28"/>
        <source>%1 cases</source>
        <translation>%1 іс</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="158"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес емес. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="74"/>
        <source>Office server by join code</source>
        <translation>Қосылу коды бойынша кеңсе сервері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="75"/>
        <source>Paste the join code (KENSE1-…)</source>
        <translation>Қосылу кодын қойыңыз (KENSE1-…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="76"/>
        <source>Join</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="77"/>
        <source>Move this computer&apos;s records to the server</source>
        <translation>Осы компьютердің жазбаларын серверге көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="78"/>
        <source>Show the join code…</source>
        <translation>Қосылу кодын көрсету…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="89"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="97"/>
        <source>Joined. The server is empty: move this computer&apos;s records there; until then this computer keeps working on its own file.</source>
        <translation>Қосылды. Сервер бос: осы компьютердің жазбаларын оған көшіріңіз; оған дейін бұл компьютер өз файлымен жұмыс істей береді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="101"/>
        <source>This computer now uses the office server. You will be signed out: sign in with an account of the office (a new server asks for the first setup).</source>
        <translation>Бұл компьютер енді кеңсе серверін пайдаланады. Сіз жүйеден шығасыз: кеңсенің есептік жазбасымен кіріңіз (жаңа сервер алғашқы баптауды сұрайды).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="107"/>
        <source>Move all of this computer&apos;s records to the office server? Close Kense on the other computers first. A copy of this computer&apos;s file is kept in the backups.</source>
        <translation>Осы компьютердің барлық жазбаларын кеңсе серверіне көшіру керек пе? Алдымен басқа компьютерлердегі Kense-ті жабыңыз. Осы компьютер файлының көшірмесі сақтық көшірмелерде сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="120"/>
        <source>Moved {rows} rows in {tables} tables; every table was checked on the server and the audit check passes. You will be signed out.</source>
        <translation>{tables} кестедегі {rows} жол көшірілді; әр кесте серверде тексерілді, аудит тексеруі өтті. Сіз жүйеден шығасыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="132"/>
        <source>The join code lets a computer into the office&apos;s records: give it only to the computers of the office, and keep it like a password.

{code}</source>
        <translation>Қосылу коды компьютерге кеңсе жазбаларына жол ашады: оны тек кеңсе компьютерлеріне беріңіз және құпиясөз сияқты сақтаңыз.

{code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="79"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="81"/>
        <source>A sheet with the join code to keep locked away: it carries the server&apos;s password</source>
        <translation>Қосылу коды жазылған парақ, оны құлыптаулы жерде сақтаңыз: онда сервердің құпиясөзі бар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_join_panel.py" line="148"/>
        <source>The join code&apos;s sheet</source>
        <translation>Қосылу коды парағы</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="149"/>
        <source>Kense is locked</source>
        <translation>Kense бұғатталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="151"/>
        <source>Kense is locked. {name}, type your password to continue: everything you had open is kept.</source>
        <translation>Kense бұғатталды. {name}, жалғастыру үшін құпиясөзіңізді енгізіңіз: ашық тұрғанның бәрі сақталған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="154"/>
        <source>Unlock</source>
        <translation>Бұғатты ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="155"/>
        <source>Sign out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="157"/>
        <location filename="../../desktop/ui/lock.py" line="180"/>
        <source>Wrong password.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>LockPolicyBox</name>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="41"/>
        <source>Lock the screen after this many minutes without input:</source>
        <translation>Әрекетсіздіктен кейін (пернетақта мен тінтуірсіз) экранды құлыптау:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="42"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="43"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/lock_policy.py" line="64"/>
        <source>Saved: every PC uses it from the next sign-in.</source>
        <translation>Сақталды: әр компьютер оны келесі кіруден бастап қолданады.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="119"/>
        <source>Kense — sign in</source>
        <translation>Kense — кіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="120"/>
        <source>Kense</source>
        <translation>Kense</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="121"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="122"/>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="123"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="124"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="125"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="128"/>
        <source>Demo database. Users and passwords:</source>
        <translation>Демо дерекқор. Пайдаланушылар мен құпиясөздер:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>This workspace is not available in this version.</source>
        <translation>Бұл жұмыс орны осы нұсқада жоқ.</translation>
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
        <translation>Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Sign out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220"/>
        <source>Verify a document code…</source>
        <translation>Құжат кодын тексеру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="172"/>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>&amp;Administration</source>
        <translation>Ә&amp;кімшілік</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>College profile</source>
        <translation>Колледж деректері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>Work calendar</source>
        <translation>Жұмыс күнтізбесі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>Blank printing</source>
        <translation>Бланкіге басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235"/>
        <source>Backup and restore</source>
        <translation>Сақтық көшірме және қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Database server…</source>
        <translation>Дерекқор сервері…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>About Kense</source>
        <translation>Kense туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Data: {location}</source>
        <translation>Деректер: {location}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Your password has been changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Kense {version}

State services of the college office: duplicates of education documents and certificates for unfinished study.

Data: {location}</source>
        <translation>Kense {version}

Колледж кеңсесінің мемлекеттік қызметтері: білім туралы құжаттардың телнұсқалары және білім алуды аяқтамағандарға анықтамалар.

Деректер: {location}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Log file: {path}</source>
        <translation>Журнал файлы: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>The college&apos;s archive…</source>
        <translation>Колледж мұрағаты…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>Import the archive from Excel</source>
        <translation>Мұрағатты Excel-ден импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Check an electronic signature…</source>
        <translation>Электрондық қолтаңбаны тексеру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>Electronic signatures (NCA certificates)</source>
        <translation>Электрондық қолтаңбалар (ҰКО сертификаттары)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>Reports…</source>
        <translation>Есептер…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>Strict-accountability blanks…</source>
        <translation>Қатаң есептегі бланкілер…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>Strict-accountability blanks</source>
        <translation>Қатаң есептегі бланкілер</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="114"/>
        <source>Kense recognised which column holds what by the column titles. If a value landed in the wrong place, choose the right column and read the file again. The choice is remembered for files of this layout.</source>
        <translation>Kense қай бағанда не барын баған тақырыптарынан анықтады. Егер мән басқа орынға түсіп қалса, дұрыс бағанды таңдап, файлды қайта оқыңыз. Таңдау осындай құрылымдағы файлдар үшін есте сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="117"/>
        <source>Read the file again with these columns</source>
        <translation>Файлды осы бағандармен қайта оқу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/archive_preview.py" line="118"/>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="32"/>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="32"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="33"/>
        <source>On time, % of results</source>
        <translation>Мерзімінде, нәтижелердің %-ы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/chart.py" line="46"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="76"/>
        <source>Calendar exception</source>
        <translation>Күнтізбедегі ерекшелік</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="77"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="78"/>
        <source>This day is:</source>
        <translation>Бұл күн:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="79"/>
        <source>an extra day off</source>
        <translation>қосымша демалыс күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="80"/>
        <source>an extra working day</source>
        <translation>қосымша жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="81"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/calendar_page.py" line="82"/>
        <source>for example: government decree of 12.01.2026</source>
        <translation>мысалы: Үкіметтің 12.01.2026 қаулысы</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="141"/>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="142"/>
        <source>New password for {name} ({username}).</source>
        <translation>{name} ({username}) үшін жаңа құпиясөз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="144"/>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="145"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="153"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="155"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="161"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="177"/>
        <source>Printing failed</source>
        <translation>Басып шығару сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="182"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="182"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="191"/>
        <source>Saving failed</source>
        <translation>Сақтау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="158"/>
        <source>Save a copy as PDF…</source>
        <translation>Көшірмені PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_view.py" line="160"/>
        <source>The file is marked as a copy; the first paper print stays the original.</source>
        <translation>Файл көшірме деп белгіленеді; қағазға алғашқы басып шығару түпнұсқа болып қалады.</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="90"/>
        <source>Duplicates are printed onto pre-printed blanks, and each printer shifts the page a little. Print the test sheet on plain paper of the blank&apos;s size ({width} × {height} mm), fed from the same tray as the blanks, without scaling. Measure how far the centre of mark A is from the sheet&apos;s left edge and from its top edge, and enter those two distances: Kense computes the correction itself, adding it to the one already in use. Then print the sheet again: mark A should be {x} mm from the left and {y} mm from the top.</source>
        <translation>Телнұсқалар дайын бланкілерге басып шығарылады, ал әр принтер бетті сәл жылжытады. Сынақ парағын бланк өлшеміндегі ({width} × {height} мм) қарапайым қағазға, бланкілер салынатын науадан, масштабсыз басып шығарыңыз. A белгісінің ортасынан парақтың сол жақ шетіне және жоғарғы шетіне дейінгі қашықтықты өлшеп, осы екі қашықтықты енгізіңіз: Kense түзетуді өзі есептеп, қазір қолданылып тұрған түзетуге қосады. Содан кейін парақты қайта басып шығарыңыз: A белгісі сол жақтан {x} мм, жоғарыдан {y} мм қашықтықта болуы керек.</translation>
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
        <translation>A белгісі сол жақ шеттен, мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="102"/>
        <source>Mark A from the top edge, mm</source>
        <translation>A белгісі жоғарғы шеттен, мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="104"/>
        <source>Print the test sheet…</source>
        <translation>Сынақ парағын басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="105"/>
        <source>Save the new correction</source>
        <translation>Жаңа түзетуді сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="153"/>
        <source>Printer test sheet</source>
        <translation>Принтердің сынақ парағы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="164"/>
        <source>The new correction is saved for this printer. Print the test sheet again to check it.</source>
        <translation>Бұл принтер үшін жаңа түзету сақталды. Тексеру үшін сынақ парағын қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="100"/>
        <source>Correction in use</source>
        <translation>Қолданылып тұрған түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="103"/>
        <source>New correction</source>
        <translation>Жаңа түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="136"/>
        <source>X {x} mm, Y {y} mm</source>
        <translation>X {x} мм, Y {y} мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/printers.py" line="139"/>
        <source>X {x} mm, Y {y} mm (right and down are positive)</source>
        <translation>X {x} мм, Y {y} мм (оңға және төменге — оң мән)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Болдырмау</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="31"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="33"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="32"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="220"/>
        <source>Reading the cases…</source>
        <translation>Істер оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="236"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="237"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="238"/>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="252"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="247"/>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="253"/>
        <source>The report was saved:
%1</source>
        <translation>Есеп сақталды:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="259"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="260"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="261"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="262"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="263"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="266"/>
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="270"/>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="270"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="271"/>
        <source>Double-click a figure (or press Enter on it) to list the cases behind it.</source>
        <translation>Көрсеткіштің артындағы істерді көру үшін оны екі рет басыңыз (немесе Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="273"/>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="276"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="277"/>
        <source>Registration journal</source>
        <translation>Тіркеу журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="278"/>
        <source>Book of issued duplicates</source>
        <translation>Телнұсқаларды беру кітабы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="282"/>
        <source>Save as Excel…</source>
        <translation>Excel ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="283"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="284"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="184"/>
        <source>Still in work past the due date, now</source>
        <translation>Мерзімі өтіп кеткен, әлі жұмыста (қазір)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/reports_dialog.py" line="209"/>
        <source>Still in work past the due date</source>
        <translation>Мерзімі өтіп кеткен, әлі жұмыста</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="172"/>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="173"/>
        <source>Role of {name}:</source>
        <translation>{name} рөлі:</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="83"/>
        <source>Database server</source>
        <translation>Дерекқор сервері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="85"/>
        <source>When several computers of the office work together, they share one PostgreSQL server. Enter its address and account, test the connection, then use it. A single computer keeps its own database file.</source>
        <translation>Кеңсенің бірнеше компьютері бірге жұмыс істегенде, олар бір PostgreSQL серверін ортақ пайдаланады. Оның мекенжайы мен есептік жазбасын енгізіңіз, байланысты тексеріңіз, содан кейін қолданыңыз. Жалғыз компьютер өз дерекқор файлын сақтайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="88"/>
        <source>Server (computer name or IP)</source>
        <translation>Сервер (компьютер атауы немесе IP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="88"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="89"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="89"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="89"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="92"/>
        <source>Test the connection</source>
        <translation>Байланысты тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="93"/>
        <source>Use this server</source>
        <translation>Осы серверді қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="94"/>
        <source>Use this computer&apos;s own database</source>
        <translation>Осы компьютердің өз дерекқорын қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="104"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="110"/>
        <source>The database is empty: Kense will create its tables.</source>
        <translation>Дерекқор бос: Kense өз кестелерін жасайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="112"/>
        <source>Kense data found (version %1).</source>
        <translation>Kense деректері табылды (%1-нұсқа).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="113"/>
        <source>Connected: PostgreSQL %1. </source>
        <translation>Қосылды: PostgreSQL %1. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_dialog.py" line="129"/>
        <source>This computer now uses the server. You will be signed out: sign in with an account of the server&apos;s database (a new server asks for the first setup).</source>
        <translation>Бұл компьютер енді серверді пайдаланады. Жүйеден шығасыз: сервер дерекқорының есептік жазбасымен кіріңіз (жаңа сервер алғашқы баптауды сұрайды).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="37"/>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="40"/>
        <source>Value now</source>
        <translation>Қазіргі мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="67"/>
        <source>this PC</source>
        <translation>осы компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="67"/>
        <source>every PC of the office</source>
        <translation>кеңсенің барлық компьютерлері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="72"/>
        <source>Kense itself</source>
        <translation>Kense өзі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="78"/>
        <source>not set (%1)</source>
        <translation>орнатылмаған (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="79"/>
        <source>not set</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="81"/>
        <location filename="../../desktop/ui/admin/settings_page.py" line="85"/>
        <source>%1 entries</source>
        <translation>%1 жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="87"/>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="92"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="92"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="94"/>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="94"/>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="38"/>
        <source>Kept for</source>
        <translation>Қолданылады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="39"/>
        <source>Changed by</source>
        <translation>Қайда өзгертіледі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="50"/>
        <source>Every setting Kense keeps: this PC&apos;s own, and the office&apos;s, which every PC on this database shares. Each is changed where the column &quot;Changed by&quot; says.</source>
        <translation>Kense сақтайтын барлық баптаулар: осы компьютердің өз баптаулары және осы дерекқордағы барлық компьютерлерге ортақ кеңсе баптаулары. Әрқайсысы «Қайда өзгертіледі» бағанында көрсетілген жерде өзгертіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="70"/>
        <source>an admin page</source>
        <translation>әкімші беті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="71"/>
        <source>the sign-in window</source>
        <translation>кіру терезесі</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="73"/>
        <source>Kense — first set-up</source>
        <translation>Kense — алғашқы баптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="75"/>
        <source>This database is new. Enter the college&apos;s details and create the first administrator account; the administrator then creates the accounts of the staff.</source>
        <translation>Бұл дерекқор жаңа. Колледж деректерін енгізіп, бірінші әкімшінің есептік жазбасын жасаңыз; содан кейін әкімші қызметкерлердің есептік жазбаларын жасайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="78"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="79"/>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="81"/>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="82"/>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="83"/>
        <source>Address in Kazakh:</source>
        <translation>Қазақша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="84"/>
        <source>Address in Russian:</source>
        <translation>Орысша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="85"/>
        <source>Head of the college:</source>
        <translation>Колледж басшысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="87"/>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="88"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="89"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="90"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="96"/>
        <source>First administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="97"/>
        <source>for example: admin</source>
        <translation>мысалы: admin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="100"/>
        <source>The user name is typed in Latin letters. The password must have at least 8 characters and must not be a common one.</source>
        <translation>Пайдаланушы аты латын әріптерімен жазылады. Құпиясөз кемінде 8 таңбадан тұруы және жиі қолданылатын құпиясөз болмауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="103"/>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="104"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="86"/>
        <source>Office phone for enquiries:</source>
        <translation>Анықтама телефоны (кеңсе):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="98"/>
        <source>for example: +7 727 292 00 00</source>
        <translation>мысалы: +7 727 292 00 00</translation>
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
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="84"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="85"/>
        <source>Install a certificate…</source>
        <translation>Сертификат орнату…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="86"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="105"/>
        <source>Choose NCA certificate files</source>
        <translation>ҰКО сертификат файлдарын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="106"/>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Сертификаттар (*.cer *.crt *.pem *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/signatures_page.py" line="71"/>
        <source>Electronic results are signed by the head&apos;s NCA RK key through NCALayer; since 2024 the NCA issues organisations&apos; signing keys as GOST 34.10-2015 (GOST512) only. Kense keeps and calls valid only a signature that chains to the NCA certificates installed here. Install from pki.gov.kz: the GOST 2022 root (root_gost_2022.cer) and intermediate (nca_gost_2022.cer); for signatures made with older keys, the NCA&apos;s RSA root and intermediate. The intermediate is required: a signature made by NCALayer carries only the signer&apos;s own certificate. Compare each SHA-256 fingerprint with the one on the NCA site. Offline, Kense checks the signature, the chain, the validity dates, the head&apos;s key and the BIN; revocation only against the lists imported below; it cannot prove the signing moment (no timestamp) or ask the NCA&apos;s OCSP service. The college&apos;s BIN is set on the College page.</source>
        <translation>Электрондық нәтижелерге басшының ҚР ҰКО кілтімен NCALayer арқылы қол қойылады; 2024 жылдан бастап ҰКО ұйымдардың қол қою кілттерін тек ГОСТ 34.10-2015 (GOST512) бойынша береді. Kense тек осы жерде орнатылған ҰКО сертификаттарына дейін тізбегі жететін қолтаңбаны сақтайды және жарамды деп атайды. pki.gov.kz сайтынан орнатыңыз: ГОСТ 2022 түбірлік (root_gost_2022.cer) және аралық (nca_gost_2022.cer) сертификаттарын; ескі кілттермен қойылған қолтаңбалар үшін ҰКО-ның RSA түбірлік және аралық сертификаттарын. Аралық сертификат міндетті: NCALayer жасаған қолтаңбада тек қол қоюшының өз сертификаты болады. Әр SHA-256 саусақ ізін ҰКО сайтындағымен салыстырыңыз. Желісіз Kense қолтаңбаны, тізбекті, жарамдылық мерзімдерін, басшының кілтін және БСН-ді тексереді; кері қайтарылуды тек төменде импортталған тізімдер бойынша тексереді; қол қою сәтін (уақыт белгісі жоқ) дәлелдей алмайды және ҰКО-ның OCSP қызметіне сұрау жібере алмайды. Колледждің БСН-і «Колледж» бетінде енгізіледі.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="56"/>
        <source>Checking the database…</source>
        <translation>Дерекқор тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="87"/>
        <source>Writing today&apos;s backup…</source>
        <translation>Бүгінгі сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="101"/>
        <source>Today&apos;s backup could not be written.</source>
        <translation>Бүгінгі сақтық көшірмені жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_checks.py" line="46"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="41"/>
        <source>Restore the latest backup</source>
        <translation>Соңғы сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="43"/>
        <source>Latest good backup: %1</source>
        <translation>Соңғы жарамды сақтық көшірме: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="46"/>
        <source>Open the data folder</source>
        <translation>Деректер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup_error.py" line="48"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="83"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="85"/>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="86"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="87"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="88"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="89"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="90"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="94"/>
        <source>Latin letters, for example a.nurlanova</source>
        <translation>латын әріптерімен, мысалы a.nurlanova</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="95"/>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="97"/>
        <source>Give the password to the person privately; they can change it themselves in the File menu.</source>
        <translation>Құпиясөзді адамның өзіне жеке беріңіз; ол оны «Файл» мәзірінде өзі өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="101"/>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="182"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="183"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="184"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="185"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="215"/>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="217"/>
        <source>Locked until {time}</source>
        <translation>{time} дейін бұғатталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="218"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="229"/>
        <source>New user…</source>
        <translation>Жаңа пайдаланушы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="230"/>
        <source>Change role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="231"/>
        <source>Reset password…</source>
        <translation>Құпиясөзді қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="257"/>
        <source>Enable</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="259"/>
        <location filename="../../desktop/ui/admin/users.py" line="297"/>
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="287"/>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="288"/>
        <source>The password of {name} has been changed.</source>
        <translation>{name} құпиясөзі өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="298"/>
        <source>Disable the account of {name}? They will not be able to sign in; their cases and records stay.</source>
        <translation>{name} есептік жазбасы өшірілсін бе? Ол жүйеге кіре алмайды; оның істері мен жазбалары сақталады.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="57"/>
        <source>Verify a document</source>
        <translation>Құжатты тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="59"/>
        <source>Type the verification code printed on the document, or scan its QR code into this field.</source>
        <translation>Құжатта басылған тексеру кодын енгізіңіз немесе оның QR-кодын осы өріске сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="62"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="90"/>
        <source>Registration number: {number}</source>
        <translation>Тіркеу нөмірі: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="92"/>
        <source>Person: {name}</source>
        <translation>Тұлға: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/verify_dialog.py" line="94"/>
        <source>Spoiled blank: {spoiled}; the document in force is on blank {current}</source>
        <translation>Бүлінген бланкі: {spoiled}; күшіндегі құжат {current} бланкісінде</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <location filename="../../desktop/ui/window_session.py" line="58"/>
        <source>Signed out</source>
        <translation>Жүйеден шықтыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_session.py" line="60"/>
        <source>Anything you typed and had not saved is kept on this computer and will be offered back when you sign in again.</source>
        <translation>Енгізілген, бірақ сақталмаған мәліметтердің бәрі осы компьютерде сақталды: жүйеге қайта кіргенде олар ұсынылады.</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="16"/>
        <source>This is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”, then choose that file.</source>
        <translation>Бұл Excel жұмыс кітабы (.xlsx) емес. Оны Excel-де ашып, «Excel жұмыс кітабы (*.xlsx)» ретінде сақтаңыз, сосын сол файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="20"/>
        <source>The workbook is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then choose it again.</source>
        <translation>Жұмыс кітабы құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз (Файл → Мәліметтер → Кітапты қорғау), сақтаңыз да, қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="24"/>
        <source>The workbook is damaged and cannot be read. Open it in Excel; if Excel repairs it, save the repaired copy and choose that.</source>
        <translation>Жұмыс кітабы зақымдалған, оны оқу мүмкін емес. Оны Excel-де ашыңыз; Excel қалпына келтірсе, түзетілген көшірмені сақтап, соны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="28"/>
        <source>No student was found in the file. Check that it is a summary grade sheet or a list with a header row.</source>
        <translation>Файлдан бірде-бір студент табылмады. Оның жиынтық ведомость немесе тақырып жолы бар тізім екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="51"/>
        <source>This student is no longer in the archive.</source>
        <translation>Бұл студент мұрағатта енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="61"/>
        <source>signature row (director, deputy, curator)</source>
        <translation>қолтаңба жолы (директор, орынбасар, куратор)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="63"/>
        <source>empty row</source>
        <translation>бос жол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="64"/>
        <source>heading row</source>
        <translation>тақырып жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="65"/>
        <source>the IIN is not valid: the person is imported without it</source>
        <translation>ЖСН дұрыс емес: адам ЖСН-сіз импортталады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="67"/>
        <source>the grade cannot be read</source>
        <translation>баға оқылмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="68"/>
        <source>the hours and credits cannot be read (write like 72с-3к)</source>
        <translation>сағат пен кредит оқылмады (72с-3к түрінде жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="70"/>
        <source>there is no name in the row</source>
        <translation>жолда аты-жөні жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="71"/>
        <source>a number stands where the name should be: check the columns</source>
        <translation>аты-жөні тұруға тиіс жерде сан тұр: бағандарды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="73"/>
        <source>the date cannot be read (write dd.mm.yyyy)</source>
        <translation>күн оқылмады (кк.аа.жжжж түрінде жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="75"/>
        <source>the specialty or qualification code is not of a known classifier</source>
        <translation>мамандық немесе біліктілік коды белгілі жіктеуішке жатпайды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="77"/>
        <source>the year cannot be read</source>
        <translation>жыл оқылмады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="84"/>
        <source>cannot be read ({code})</source>
        <translation>оқылмады ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="91"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="92"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="93"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="94"/>
        <location filename="../../desktop/ui/archive_sentences.py" line="95"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="96"/>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="97"/>
        <source>Qualification code</source>
        <translation>Біліктілік коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="98"/>
        <source>Year admitted</source>
        <translation>Түскен жылы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="99"/>
        <source>Year graduated</source>
        <translation>Бітірген жылы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="100"/>
        <source>Thesis topic (kk)</source>
        <translation>Дипломдық жұмыс тақырыбы (қаз.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="101"/>
        <source>Thesis topic (ru)</source>
        <translation>Дипломдық жұмыс тақырыбы (орыс.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="102"/>
        <source>Expulsion order No.</source>
        <translation>Оқудан шығару туралы бұйрық нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="103"/>
        <source>Expulsion order date</source>
        <translation>Оқудан шығару туралы бұйрық күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="104"/>
        <source>Diploma series</source>
        <translation>Диплом сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="105"/>
        <source>Diploma No.</source>
        <translation>Диплом нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="106"/>
        <source>Diploma date</source>
        <translation>Диплом күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="31"/>
        <source>No sheet of the workbook has column titles Kense recognises. Use the template (Admin → Archive → Save the template) or a summary grade sheet.</source>
        <translation>Жұмыс кітабының бірде-бір парағында Kense танитын баған тақырыптары жоқ. Үлгіні (Әкімшілік → Мұрағат → Үлгіні сақтау) немесе жиынтық ведомостьты пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="35"/>
        <source>The file cannot be opened: it may be open in another program or on a removed disk. Close it and try again.</source>
        <translation>Файлды ашу мүмкін емес: ол басқа бағдарламада ашық немесе алынған дискіде болуы мүмкін. Оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="78"/>
        <source>the specialty and qualification codes of the header do not fit together</source>
        <translation>тақырыптағы мамандық пен біліктілік кодтары бір-біріне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="80"/>
        <source>“with honours” cannot be read (write yes or no)</source>
        <translation>«үздік» оқылмады (иә немесе жоқ деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="39"/>
        <source>The grade “{value}” cannot be read, or its columns contradict each other.</source>
        <translation>«{value}» бағасы оқылмады немесе оның бағандары бір-біріне қайшы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="42"/>
        <source>“{value}” is not hours and credits (write like 72с-3к).</source>
        <translation>«{value}» сағат пен кредитке ұқсамайды (72с-3к түрінде жазыңыз).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="45"/>
        <source>“{value}” is not a code of a specialty or a qualification.</source>
        <translation>«{value}» — мамандықтың да, біліктіліктің де коды емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/archive_sentences.py" line="48"/>
        <source>The specialty and qualification codes of the sheet&apos;s header do not fit together.</source>
        <translation>Парақ тақырыбындағы мамандық пен біліктілік кодтары бір-біріне сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>blanks</name>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="16"/>
        <source>A blank&apos;s number may contain digits only (leading zeros are kept).</source>
        <translation>Бланкінің нөмірінде тек цифрлар болады (алдыңғы нөлдер сақталады).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="18"/>
        <source>The first and the last number must have the same number of digits ({first} and {last}): type the leading zeros in both.</source>
        <translation>Бірінші және соңғы нөмірдің цифрлар саны бірдей болуы керек ({first} және {last}): алдыңғы нөлдерді екеуінде де жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="22"/>
        <source>The last number ({last}) is smaller than the first ({first}).</source>
        <translation>Соңғы нөмір ({last}) біріншісінен ({first}) кіші.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="25"/>
        <source>This range holds {count} blanks; a batch may hold at most {limit}. Check the numbers.</source>
        <translation>Бұл аралықта {count} бланкі бар; партияда ең көбі {limit} болуы мүмкін. Нөмірлерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="29"/>
        <source>Series {series} already has the blanks {first}–{last} (received {date}). A range may not overlap a batch already recorded.</source>
        <translation>{series} сериясында {first}–{last} бланкілері бұрыннан бар ({date} келіп түскен). Аралық тіркелген партиямен қиылыспауы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="34"/>
        <source>This blank is not recorded.</source>
        <translation>Бұл бланкі тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="42"/>
        <source>Blank {series} № {number} was never received: record its batch (Administration → Blanks) or leave the blank&apos;s number empty so that the signing takes the next blank in stock.</source>
        <translation>{series} № {number} бланкісі келіп түспеген: оның партиясын тіркеңіз (Әкімшілік → Бланкілер) немесе қол қойғанда қоймадағы келесі бланкі алынуы үшін бланкі нөмірін бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="47"/>
        <source>Blank {series} № {number} is not in stock: it is {state} (case {reg_number}).</source>
        <translation>{series} № {number} бланкісі қоймада жоқ: оның күйі — {state} (іс {reg_number}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="49"/>
        <source>Blank {series} № {number} is not in stock: it is {state}.</source>
        <translation>{series} № {number} бланкісі қоймада жоқ: оның күйі — {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="53"/>
        <source>Blank {series} № {number} is a blank of another kind ({kind}); this document needs a blank of the kind “{wanted}”.</source>
        <translation>{series} № {number} — басқа түрдегі бланкі ({kind}); бұл құжатқа «{wanted}» түріндегі бланкі керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="58"/>
        <source>No blank of the kind “{kind}” is in stock. The administrator records the batch received (Administration → Blanks); nothing was saved.</source>
        <translation>Қоймада «{kind}» түріндегі бланкі жоқ. Келіп түскен партияны әкімші тіркейді (Әкімшілік → Бланкілер); ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="62"/>
        <source>This result was not printed on a numbered blank.</source>
        <translation>Бұл нәтиже нөмірленген бланкіге басылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="64"/>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Кезең басталмай тұрып аяқталады: күндерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="35"/>
        <source>This batch is not recorded (another administrator may have cancelled it).</source>
        <translation>Бұл партия тіркелмеген (оның күшін басқа әкімші жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/blank_sentences.py" line="38"/>
        <source>Blank {series} № {number} of this batch is {state}: a batch may be corrected or cancelled only while every blank of it is in stock.</source>
        <translation>Осы партияның {series} № {number} бланкісі: {state}. Партияны оның барлық бланкісі қалдықта тұрғанда ғана түзетуге не күшін жоюға болады.</translation>
    </message>
</context>
<context>
    <name>esign</name>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="13"/>
        <source>NCALayer does not answer on this computer. Start NCALayer (its icon by the clock) or install it from the NCA site (ncl.pki.gov.kz), then try again.</source>
        <translation>Бұл компьютерде NCALayer жауап бермейді. NCALayer-ді іске қосыңыз (сағат жанындағы белгіше) немесе оны ҰКО сайтынан (ncl.pki.gov.kz) орнатып, қайта көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="22"/>
        <source>The key&apos;s password is wrong (NCALayer&apos;s answer). Kense does not keep this password: type it again in NCALayer&apos;s window.</source>
        <translation>Кілттің құпиясөзі қате (NCALayer осылай жауап берді). Kense бұл құпиясөзді сақтамайды: оны NCALayer терезесінде қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="37"/>
        <source>Signing was cancelled: NCALayer&apos;s window was closed. The result is not signed; nothing was saved.</source>
        <translation>Қол қою тоқтатылды: NCALayer терезесі жабылды. Нәтижеге қол қойылмады, ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="41"/>
        <source>NCALayer could not sign the document: {code} {message}. Nothing was saved.</source>
        <translation>NCALayer құжатқа қол қоя алмады: {code} {message}. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="45"/>
        <source>The signature file cannot be read as a CMS signature ({reason}). Check that the .cms file of this document was chosen.</source>
        <translation>Қолтаңба файлы CMS қолтаңбасы ретінде оқылмайды ({reason}). Осы құжаттың .cms файлы таңдалғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="18"/>
        <source>The signature is valid: every check below was made and passed.</source>
        <translation>Қолтаңба жарамды: төмендегі әр тексеру жасалып, өтті.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="20"/>
        <source>Not fully checked: nothing failed, but some checks cannot be made on this computer (see below). Do not call this signature valid.</source>
        <translation>Толық тексерілмеді: ештеңе қате емес, бірақ кейбір тексерулерді бұл компьютерде жасау мүмкін емес (төменде қараңыз). Бұл қолтаңбаны жарамды деп атамаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="23"/>
        <source>The signature is NOT valid for this document.</source>
        <translation>Қолтаңба бұл құжат үшін ЖАРАМСЫЗ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="29"/>
        <source>The signature is over exactly this PDF</source>
        <translation>Қолтаңба дәл осы PDF файлына қойылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="30"/>
        <source>The signature value matches the key</source>
        <translation>Қолтаңба мәні кілтке сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="31"/>
        <source>The certificate chains to the installed NCA certificates</source>
        <translation>Сертификат тізбегі орнатылған ҰКО сертификаттарына жетеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="33"/>
        <source>The certificates were valid at the moment checked</source>
        <translation>Сертификаттар тексерілген сәтте жарамды болған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="35"/>
        <source>The key is the signing key of an organisation&apos;s first head</source>
        <translation>Кілт — ұйымның бірінші басшысының қол қою кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="37"/>
        <source>The key belongs to this college (its BIN)</source>
        <translation>Кілт осы колледжге тиесілі (оның БСН-і)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="42"/>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="42"/>
        <source>FAILED</source>
        <translation>ӨТПЕДІ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="43"/>
        <source>not checked offline</source>
        <translation>желісіз тексерілмеді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="55"/>
        <source>Signed by: {name}</source>
        <translation>Қол қойған: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="56"/>
        <source>IIN: {iin}; BIN: {bin}</source>
        <translation>ЖСН: {iin}; БСН: {bin}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="58"/>
        <source>Certificate {serial}, issued by {issuer}, valid {start} – {end}</source>
        <translation>Сертификат {serial}, берген: {issuer}, жарамды {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="61"/>
        <source>Algorithm: {algorithm}</source>
        <translation>Алгоритм: {algorithm}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="104"/>
        <source>The stored files differ from the ones recorded when they were signed: they were changed in the database.</source>
        <translation>Сақталған файлдар қол қойылған кезде тіркелгендерден өзгеше: олар дерекқорда өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="107"/>
        <source>Checked at: {moment}</source>
        <translation>Тексерілген сәт: {moment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="49"/>
        <source>The college&apos;s BIN is not set. The administrator enters it under Admin → College; electronic results are signed for that BIN.</source>
        <translation>Колледждің БСН-і енгізілмеген. Әкімші оны «Әкімшілік → Колледж профилі» бөлімінде енгізеді; электрондық нәтижелерге осы БСН үшін қол қойылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="52"/>
        <source>No NCA certificates are installed, so no signature can be checked. The administrator installs the NCA root and intermediate certificates under Admin → Signatures.</source>
        <translation>ҰКО сертификаттары орнатылмаған, сондықтан ешбір қолтаңбаны тексеру мүмкін емес. Әкімші ҰКО түбірлік және аралық сертификаттарын «Әкімшілік → Электрондық қолтаңбалар» бөлімінде орнатады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="59"/>
        <source>This result is already signed electronically.</source>
        <translation>Бұл нәтижеге электрондық қол қойылған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="61"/>
        <source>The signature returned by the program on NCALayer&apos;s port is not a signature of this document. It was refused and nothing was saved. Check that the real NCALayer from the NCA site is running.</source>
        <translation>NCALayer портындағы бағдарлама қайтарған қолтаңба бұл құжаттың қолтаңбасы емес. Ол қабылданбады, ештеңе сақталмады. ҰКО сайтынан алынған нағыз NCALayer іске қосылғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="65"/>
        <source>The signing key&apos;s certificate does not chain to the NCA certificates installed in Kense ({reason}). The signature was refused and nothing was saved.</source>
        <translation>Қол қою кілтінің сертификат тізбегі Kense-те орнатылған ҰКО сертификаттарына жетпейді ({reason}). Қолтаңба қабылданбады, ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="69"/>
        <source>The signing key&apos;s certificate is not valid today ({reason}). Renew the key at the NCA. Nothing was saved.</source>
        <translation>Қол қою кілтінің сертификаты бүгін жарамсыз ({reason}). Кілтті ҰКО-да жаңартыңыз. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="73"/>
        <source>This key is not the key of the first head of an organisation (its certificate has no such usage). Only the head&apos;s own key signs results. Nothing was saved.</source>
        <translation>Бұл кілт ұйымның бірінші басшысының кілті емес (сертификатында мұндай мақсат жоқ). Нәтижелерге тек басшының өз кілтімен қол қойылады. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="77"/>
        <source>This key belongs to another organisation (BIN {bin}), not to this college (BIN {college_bin}). Nothing was saved.</source>
        <translation>Бұл кілт осы колледжге (БСН {college_bin}) емес, басқа ұйымға (БСН {bin}) тиесілі. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="107"/>
        <source>This result is not signed electronically.</source>
        <translation>Бұл нәтижеге электрондық қол қойылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="109"/>
        <source>This certificate was already removed.</source>
        <translation>Бұл сертификат бұрын жойылған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="111"/>
        <source>This file is not a certificate. Choose the .cer or .crt file of an NCA certificate.</source>
        <translation>Бұл файл сертификат емес. ҰКО сертификатының .cer немесе .crt файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="114"/>
        <source>This is a person&apos;s certificate, not a certificate of the NCA. Install only the NCA root and intermediate certificates.</source>
        <translation>Бұл ҰКО сертификаты емес, жеке тұлғаның сертификаты. Тек ҰКО түбірлік және аралық сертификаттарын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="71"/>
        <source>Not revoked as of the NCA&apos;s list of {date}</source>
        <translation>ҰКО-ның {date} тізімі бойынша кері қайтарылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="74"/>
        <source>REVOKED: {reason}</source>
        <translation>КЕРІ ҚАЙТАРЫЛҒАН: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="76"/>
        <source>Revocation not checked: no NCA list of revoked certificates of this issuer is imported (Admin → Signatures)</source>
        <translation>Кері қайтарылуы тексерілмеді: осы берушінің ҰКО кері қайтарылған сертификаттар тізімі импортталмаған (Әкімшілік → Қолтаңбалар)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="79"/>
        <source>Revocation not checked: no list newer than the signing moment (the newest imported is of {date})</source>
        <translation>Кері қайтарылуы тексерілмеді: қол қою сәтінен кейінгі тізім жоқ (импортталғанның ең жаңасы {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="87"/>
        <source>Another signature in this file (it does not decide): {verdict}</source>
        <translation>Осы файлдағы басқа қолтаңба (ол шешпейді): {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_report.py" line="122"/>
        <source>Not checked offline: a timestamp (none is requested), and the NCA&apos;s OCSP service; revocation only as the imported lists say. These need the network.</source>
        <translation>Желісіз тексерілмейді: уақыт белгісі (ол сұралмайды) және ҰКО-ның OCSP қызметі; кері қайтарылу тек импортталған тізімдер бойынша. Бұларға желі қажет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="17"/>
        <source>NCALayer found no signing key ({message}). Insert the key carrier (Kaztoken, ID card) or choose the key file (GOST512_...p12), then sign again.</source>
        <translation>NCALayer қол қою кілтін таппады ({message}). Кілт тасығышын (Kaztoken, жеке куәлік) салыңыз немесе кілт файлын (GOST512_...p12) таңдаңыз, содан кейін қайта қол қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="26"/>
        <source>This NCALayer is too old: it cannot sign documents for programs. Install the current NCALayer from the NCA site (ncl.pki.gov.kz), then sign again. Nothing was saved.</source>
        <translation>Бұл NCALayer тым ескі: ол бағдарламалар үшін құжаттарға қол қоя алмайды. NCALayer-дің қазіргі нұсқасын ҰКО сайтынан (ncl.pki.gov.kz) орнатып, қайта қол қойыңыз. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="31"/>
        <source>NCALayer refused Kense&apos;s signing request ({code}: {message}). Update NCALayer from the NCA site (ncl.pki.gov.kz); if it stays so, tell the IT person. Nothing was saved.</source>
        <translation>NCALayer Kense-тің қол қою сұрауын қабылдамады ({code}: {message}). NCALayer-ді ҰКО сайтынан (ncl.pki.gov.kz) жаңартыңыз; бұл қайталанса, IT маманына хабарлаңыз. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="56"/>
        <source>This result is given on paper only: the law has no electronic form of it, so it is not signed electronically. Sign it and print it on paper.</source>
        <translation>Бұл нәтиже тек қағаз түрінде беріледі: заңда оның электрондық нысаны жоқ, сондықтан оған электрондық қол қойылмайды. Оған қол қойып, қағазға басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="81"/>
        <source>This key signs with {algorithm}, whose signature Kense cannot check on this computer, so it cannot make sure the document was really signed. Sign with the head&apos;s current GOST 2015 signing key from the NCA. Nothing was saved.</source>
        <translation>Бұл кілт {algorithm} алгоритмімен қол қояды, оның қолтаңбасын Kense бұл компьютерде тексере алмайды, сондықтан құжатқа шынымен қол қойылғанына көз жеткізе алмайды. Басшының ҰКО берген қазіргі ГОСТ 2015 қол қою кілтімен қол қойыңыз. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="86"/>
        <source>The signing key&apos;s certificate is revoked in the NCA&apos;s list imported in Kense ({reason}). The signature was refused and nothing was saved. The head gets a new key at the NCA.</source>
        <translation>Қол қою кілтінің сертификаты Kense-ке импортталған ҰКО тізімінде кері қайтарылған ({reason}). Қолтаңба қабылданбады, ештеңе сақталмады. Басшы ҰКО-дан жаңа кілт алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="90"/>
        <source>This file is not a list of revoked certificates. Choose a .crl file published by the NCA (for example nca_gost_2022.crl).</source>
        <translation>Бұл файл кері қайтарылған сертификаттар тізімі емес. ҰКО жариялаған .crl файлын таңдаңыз (мысалы, nca_gost_2022.crl).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="93"/>
        <source>This list was issued by {issuer}, whose certificate is not installed. Install that NCA certificate first, then import the list again.</source>
        <translation>Бұл тізімді {issuer} берген, оның сертификаты орнатылмаған. Алдымен сол ҰКО сертификатын орнатып, содан кейін тізімді қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="97"/>
        <source>The signature of this list does not verify with the certificate of {issuer}: it was not made by the NCA, or was changed. It was not imported.</source>
        <translation>Бұл тізімнің қолтаңбасы {issuer} сертификатымен расталмайды: оны ҰКО жасамаған немесе ол өзгертілген. Ол импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="101"/>
        <source>The list at {url} could not be downloaded ({reason}). This computer may be offline: download the list on another computer and import the file.</source>
        <translation>{url} мекенжайындағы тізімді жүктеп алу мүмкін болмады ({reason}). Бұл компьютер желіге қосылмаған болуы мүмкін: тізімді басқа компьютерде жүктеп алып, файлды импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/esign_sentences.py" line="105"/>
        <source>This list was already removed.</source>
        <translation>Бұл тізім бұрын жойылған.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="326"/>
        <source>The file or folder cannot be used (it may be missing, be a file instead of a folder, or have too long a name). Check the path and try again; nothing was changed.</source>
        <translation>Файлды немесе қалтаны пайдалану мүмкін емес (ол жоқ болуы, қалтаның орнында файл тұруы немесе атауы тым ұзын болуы мүмкін). Жолды тексеріп, қайталап көріңіз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="332"/>
        <source>The database file is empty: the data is not in it. Kense will not start over on an empty database. Restore the latest backup, or, if this is a new installation, move the empty file out of the data folder.</source>
        <translation>Дерекқор файлы бос: онда деректер жоқ. Kense бос дерекқормен жұмысты қайта бастамайды. Соңғы сақтық көшірмені қалпына келтіріңіз немесе, бұл жаңа орнату болса, бос файлды деректер қалтасынан басқа жерге көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="338"/>
        <source>The chosen backup file is empty or holds no data. Choose another backup; nothing was changed.</source>
        <translation>Таңдалған сақтық көшірме файлы бос немесе онда деректер жоқ. Басқа сақтық көшірмені таңдаңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="343"/>
        <source>The file is not a Kense database (it belongs to another program or is not a database at all). Choose a Kense backup or check the data folder; nothing was changed.</source>
        <translation>Бұл файл Kense дерекқоры емес (басқа бағдарламаның файлы немесе мүлдем дерекқор емес). Kense сақтық көшірмесін таңдаңыз немесе деректер қалтасын тексеріңіз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="349"/>
        <source>The file with this computer&apos;s database server settings (server.json) is damaged. Open the data folder and correct the file or delete it: without it Kense uses this computer&apos;s own database.</source>
        <translation>Осы компьютердің дерекқор серверінің баптаулары бар файл (server.json) бүлінген. Деректер қалтасын ашып, файлды түзетіңіз немесе өшіріңіз: онсыз Kense осы компьютердің өз дерекқорын пайдаланады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="355"/>
        <source>The database is busy: another Kense window or a copying program is holding it. Nothing was saved. Wait a minute and try again; if it does not pass, close Kense everywhere on this computer.</source>
        <translation>Дерекқор бос емес: оны Kense-тің басқа терезесі немесе көшіру бағдарламасы ұстап тұр. Ештеңе сақталмады. Бір минут күтіп, қайталап көріңіз; жалғаса берсе, осы компьютердегі Kense-тің барлық терезесін жабыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="52"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="113"/>
        <source>The field “{field}” contains an invisible control character or a broken character (often pasted from another program). Type the text again.</source>
        <translation>«{field}» өрісінде көрінбейтін басқару таңбасы немесе бүлінген таңба бар (көбіне басқа бағдарламадан қойылған мәтінде болады). Мәтінді қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="28"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="29"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="30"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="31"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="32"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="33"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="34"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="36"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="37"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="38"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="39"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="40"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="41"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="42"/>
        <source>College name in Kazakh</source>
        <translation>Колледждің қазақша атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="43"/>
        <source>College name in Russian</source>
        <translation>Колледждің орысша атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="44"/>
        <source>Address in Kazakh</source>
        <translation>Қазақша мекенжайы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="45"/>
        <source>Address in Russian</source>
        <translation>Орысша мекенжайы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="46"/>
        <source>Head of the college</source>
        <translation>Колледж басшысы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="47"/>
        <source>Minutes before the screen locks</source>
        <translation>Экран құлыпталғанға дейінгі минуттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="48"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="49"/>
        <source>How the application came</source>
        <translation>Өтініштің түсу жолы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="50"/>
        <source>Request number</source>
        <translation>Өтінім нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="51"/>
        <source>Date of the request</source>
        <translation>Өтінім күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="52"/>
        <source>Reason (lost or damaged)</source>
        <translation>Себебі (жоғалған немесе бүлінген)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="53"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="54"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="55"/>
        <source>Representative&apos;s document</source>
        <translation>Өкілдің құжаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="56"/>
        <location filename="../../desktop/ui/code_names.py" line="99"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="57"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="58"/>
        <source>Grounds for refusal</source>
        <translation>Бас тарту негіздемесі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="59"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="60"/>
        <source>Recipient&apos;s name</source>
        <translation>Алушының аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="61"/>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="62"/>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="63"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="64"/>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="65"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="66"/>
        <source>Start of study</source>
        <translation>Оқудың басталуы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="67"/>
        <source>End of study</source>
        <translation>Оқудың аяқталуы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="68"/>
        <source>Specialty code</source>
        <translation>Мамандық коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="69"/>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="70"/>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="71"/>
        <source>Form of study</source>
        <translation>Оқу нысаны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="72"/>
        <source>Language of study</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="73"/>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="74"/>
        <source>Expulsion order number</source>
        <translation>Оқудан шығару туралы бұйрықтың нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="75"/>
        <source>Expulsion order date</source>
        <translation>Оқудан шығару туралы бұйрықтың күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="76"/>
        <source>Reason for expulsion</source>
        <translation>Оқудан шығару себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="77"/>
        <source>Transcript</source>
        <translation>Бағалар тізімі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="78"/>
        <source>Kind of document</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="79"/>
        <source>Series of the original</source>
        <translation>Түпнұсқаның сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="80"/>
        <source>Number of the original</source>
        <translation>Түпнұсқаның нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="81"/>
        <source>Date the original was issued</source>
        <translation>Түпнұсқаның берілген күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="82"/>
        <source>Year of graduation</source>
        <translation>Бітірген жылы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="83"/>
        <source>Name as written in the original</source>
        <translation>Түпнұсқадағы аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="84"/>
        <source>With honours</source>
        <translation>Үздік</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="85"/>
        <source>Series of the new blank</source>
        <translation>Жаңа бланкінің сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="86"/>
        <source>Number of the new blank</source>
        <translation>Жаңа бланкінің нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="115"/>
        <source>Requested again</source>
        <translation>Қайта сұратылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="90"/>
        <source>At the college office</source>
        <translation>Колледж кеңсесінде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="91"/>
        <source>Through the State Corporation</source>
        <translation>Мемлекеттік корпорация арқылы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="92"/>
        <source>Through the e-government portal</source>
        <translation>«Электрондық үкімет» порталы арқылы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="93"/>
        <source>Home visit</source>
        <translation>Үйге барып</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="97"/>
        <source>Clerk</source>
        <translation>Кеңсе қызметкері</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="98"/>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="100"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="105"/>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="106"/>
        <source>Refuse acceptance</source>
        <translation>Қабылдаудан бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="107"/>
        <source>Assign an executor</source>
        <translation>Орындаушыны белгілеу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="108"/>
        <source>Submit the draft</source>
        <translation>Жобаны жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="109"/>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="110"/>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="111"/>
        <source>Motivated refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="112"/>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="113"/>
        <source>Hand over to the State Corporation</source>
        <translation>Мемлекеттік корпорацияға беру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="114"/>
        <source>Returned by the State Corporation</source>
        <translation>Мемлекеттік корпорация қайтарды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="116"/>
        <source>Withdraw the application</source>
        <translation>Өтінішті кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="117"/>
        <source>Draft saved</source>
        <translation>Жоба сақталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="118"/>
        <source>First set-up</source>
        <translation>Алғашқы баптау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="119"/>
        <source>Signed in</source>
        <translation>Жүйеге кірді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="120"/>
        <source>Failed sign-in</source>
        <translation>Сәтсіз кіру әрекеті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="124"/>
        <source>Account locked</source>
        <translation>Есептік жазба бұғатталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="125"/>
        <source>User created</source>
        <translation>Пайдаланушы жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="126"/>
        <source>User enabled or disabled</source>
        <translation>Пайдаланушы қосылды немесе өшірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="127"/>
        <source>Role changed</source>
        <translation>Рөл өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="128"/>
        <source>Password reset</source>
        <translation>Құпиясөз қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="129"/>
        <source>Own password changed</source>
        <translation>Өз құпиясөзі өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="130"/>
        <source>Language changed</source>
        <translation>Тіл өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="131"/>
        <source>College profile changed</source>
        <translation>Колледж деректері өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="139"/>
        <source>Calendar day changed</source>
        <translation>Күнтізбе күні өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="140"/>
        <source>Calendar change removed</source>
        <translation>Күнтізбедегі өзгеріс жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="141"/>
        <source>Printer offsets for blanks changed</source>
        <translation>Бланкіге басу үшін принтер ығысуы өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="147"/>
        <source>Screen lock time changed</source>
        <translation>Экранды құлыптау уақыты өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="148"/>
        <source>Backup made</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="149"/>
        <source>Restored from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="150"/>
        <source>Moved to the database server</source>
        <translation>Дерекқор серверіне көшірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="151"/>
        <source>Moved back to the local database</source>
        <translation>Жергілікті дерекқорға қайтарылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="160"/>
        <source>Case changed</source>
        <translation>Іс өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="174"/>
        <source>application</source>
        <translation>өтініш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="175"/>
        <source>identity document</source>
        <translation>жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="176"/>
        <source>original of the education document</source>
        <translation>білім туралы құжаттың түпнұсқасы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="177"/>
        <source>electronic application</source>
        <translation>электрондық өтініш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="181"/>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="182"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="183"/>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="187"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="188"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="192"/>
        <source>Authentic: the college issued this document and its data is unchanged.</source>
        <translation>Түпнұсқа: бұл құжатты колледж берген және оның деректері өзгермеген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="195"/>
        <source>Warning: the record behind this code was changed after signing.</source>
        <translation>Назар аударыңыз: осы кодқа сәйкес жазба қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="198"/>
        <source>No document issued by this college has this code.</source>
        <translation>Колледж берген құжаттардың ешқайсысында мұндай код жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="217"/>
        <source>Transcript, row {row}</source>
        <translation>Бағалар тізімі, {row}-жол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="37"/>
        <source>Enter the IIN.</source>
        <translation>ЖСН енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="38"/>
        <source>The IIN must have exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұруы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="39"/>
        <source>The IIN may contain digits only.</source>
        <translation>ЖСН тек цифрлардан тұруы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="40"/>
        <source>The first six digits of the IIN are not a real date of birth. Check the IIN.</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты туған күн емес. ЖСН-ді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="44"/>
        <source>The seventh digit of the IIN must be from 1 to 6. Check the IIN.</source>
        <translation>ЖСН-нің жетінші цифры 1-ден 6-ға дейін болуы тиіс. ЖСН-ді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="47"/>
        <source>This IIN does not exist: its check digit is wrong. Check each digit.</source>
        <translation>Мұндай ЖСН жоқ: бақылау цифры қате. Әр цифрды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="50"/>
        <source>The IIN gives a date of birth in the future. Check the IIN.</source>
        <translation>ЖСН бойынша туған күн болашақта. ЖСН-ді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="53"/>
        <source>The date of birth does not match the IIN. Check both.</source>
        <translation>Туған күні ЖСН-ге сәйкес келмейді. Екеуін де тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="56"/>
        <source>Fill in the field “{field}”.</source>
        <translation>«{field}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="59"/>
        <source>The field “{field}” is too long: at most {max_len} characters.</source>
        <translation>«{field}» өрісі тым ұзын: ең көбі {max_len} таңба.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="62"/>
        <source>The field “{field}” may contain only letters, spaces and hyphens.</source>
        <translation>«{field}» өрісінде тек әріптер, бос орындар және сызықшалар болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="71"/>
        <source>The field “{field}” is not a phone number (for example +7 701 123 45 67).</source>
        <translation>«{field}» өрісіндегі мән телефон нөмірі емес (мысалы, +7 701 123 45 67).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="75"/>
        <source>The date in the field “{field}” is in the future.</source>
        <translation>«{field}» өрісіндегі күн болашақта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="78"/>
        <source>The date in the field “{field}” is too far in the past.</source>
        <translation>«{field}» өрісіндегі күн тым ерте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="81"/>
        <source>The date in the field “{field}” is earlier than the date before it.</source>
        <translation>«{field}» өрісіндегі күн алдыңғы күннен ерте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="85"/>
        <source>Choose a value from the list for the field “{field}”.</source>
        <translation>«{field}» өрісі үшін тізімнен мән таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="88"/>
        <source>The field “{field}” must be a number from {low} to {high}.</source>
        <translation>«{field}» өрісі {low} мен {high} аралығындағы сан болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="92"/>
        <source>The password is too short: at least {min_len} characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде {min_len} таңба.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="95"/>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>Бұл құпиясөз тым кең тараған, оны табу оңай. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="98"/>
        <source>The password must not contain the user name.</source>
        <translation>Құпиясөзде пайдаланушы аты болмауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="101"/>
        <source>The user name must be 2 to 60 Latin letters, digits, dots, hyphens or underscores, for example a.nurlanova.</source>
        <translation>Пайдаланушы аты 2-ден 60-қа дейінгі латын әріптерінен, цифрлардан, нүктелерден, сызықшалардан немесе астын сызу белгілерінен тұруы тиіс, мысалы a.nurlanova.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="106"/>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Бұл пайдаланушы аты бос емес. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="109"/>
        <source>Choose an active executor from the list.</source>
        <translation>Тізімнен белсенді орындаушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="110"/>
        <source>This is not a verification code. Type the code as printed on the document.</source>
        <translation>Бұл тексеру коды емес. Кодты құжатта басылғандай етіп енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="127"/>
        <source>All the documents are present: register the application instead of refusing it.</source>
        <translation>Барлық құжат бар: өтініштен бас тартпай, оны тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="131"/>
        <source>The draft is not complete. Fill in: {fields}.</source>
        <translation>Жоба толық емес. Толтырыңыз: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="134"/>
        <source>The State Corporation keeps the result until {until}; it cannot be returned earlier.</source>
        <translation>Мемлекеттік корпорация нәтижені {until} дейін сақтайды; оны бұған дейін қайтаруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="138"/>
        <source>Someone else has just changed this case. Nothing was saved: the case will be reloaded, check it and try again.</source>
        <translation>Бұл істі жаңа ғана басқа біреу өзгертті. Ештеңе сақталмады: іс қайта жүктеледі, оны тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="143"/>
        <source>This case is assigned to another executor.</source>
        <translation>Бұл іс басқа орындаушыға белгіленген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="146"/>
        <source>Your role does not allow this action.</source>
        <translation>Сіздің рөліңіз бұл әрекетке рұқсат бермейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="147"/>
        <source>The administrator has no access to the content of cases.</source>
        <translation>Әкімшінің істердің мазмұнына қолжетімділігі жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="150"/>
        <source>“{action}” is not possible now: the case is in the state “{state}”.</source>
        <translation>«{action}» әрекеті қазір мүмкін емес: іс «{state}» күйінде.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="155"/>
        <source>This service is not provided through this channel.</source>
        <translation>Бұл қызмет осы жол арқылы көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="158"/>
        <source>“{action}” does not exist for this service.</source>
        <translation>Бұл қызмет үшін «{action}» әрекеті жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="161"/>
        <source>This action is unknown to the program.</source>
        <translation>Бағдарламаға бұл әрекет белгісіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="178"/>
        <source>This is the last active administrator: the college would be left without one.</source>
        <translation>Бұл — соңғы белсенді әкімші: колледж әкімшісіз қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="182"/>
        <source>The draft can be edited only before it is submitted to the head.</source>
        <translation>Жобаны тек басшыға жіберілгенге дейін өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="185"/>
        <source>This database is already set up.</source>
        <translation>Бұл дерекқор бұрын бапталған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="186"/>
        <source>This user no longer exists.</source>
        <translation>Бұл пайдаланушы енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="187"/>
        <source>This case no longer exists.</source>
        <translation>Бұл іс енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="188"/>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="189"/>
        <source>Too many wrong passwords: the account is locked until {until}. Wait or ask the administrator to reset the password.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді: есептік жазба {until} дейін бұғатталды. Күте тұрыңыз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="194"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл есептік жазба өшірілген. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="246"/>
        <source>The package of documents is incomplete.</source>
        <translation>Құжаттар топтамасы толық емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="249"/>
        <source>Missing: {documents}.</source>
        <translation>Жоқ: {documents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="255"/>
        <source>Expired: {documents}.</source>
        <translation>Мерзімі өткен: {documents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="259"/>
        <source>The application can only be refused acceptance.</source>
        <translation>Өтінішті қабылдаудан тек бас тартуға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="266"/>
        <source>The database is on a network folder, where it could be damaged. Keep it on this computer&apos;s own disk, or use a PostgreSQL server for several computers.</source>
        <translation>Дерекқор желілік қалтада тұр, онда ол бүлінуі мүмкін. Оны осы компьютердің өз дискісінде сақтаңыз немесе бірнеше компьютер үшін PostgreSQL серверін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="271"/>
        <source>The database was made by a newer version of Kense. Install the newer version; nothing was changed.</source>
        <translation>Дерекқорды Kense-тің жаңарақ нұсқасы жасаған. Жаңа нұсқаны орнатыңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="276"/>
        <source>The backup copy is damaged (it failed its integrity check). Nothing was changed.</source>
        <translation>Сақтық көшірме бүлінген (тұтастық тексерісінен өтпеді). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="280"/>
        <source>The backup file was not found.</source>
        <translation>Сақтық көшірме файлы табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="281"/>
        <source>The restored database failed its integrity check. The previous data was saved in the backups folder; ask the IT specialist.</source>
        <translation>Қалпына келтірілген дерекқор тұтастық тексерісінен өтпеді. Бұрынғы деректер көшірмелер қалтасында сақталған; IT маманына хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="286"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server.</source>
        <translation>Бұл дерекқор PostgreSQL серверінде: оның сақтық көшірмесі серверде жасалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="289"/>
        <source>No database is open.</source>
        <translation>Дерекқор ашылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="290"/>
        <source>The database file is damaged. Kense will not write into it, so that nothing more is lost. Restore the latest backup, or ask the IT specialist.</source>
        <translation>Дерекқор файлы зақымдалған. Ештеңе жоғалмауы үшін Kense оған жазбайды. Соңғы сақтық көшірмені қалпына келтіріңіз немесе IT маманына хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="295"/>
        <source>The database file is missing, but backups exist. Restore the latest backup rather than start with an empty database.</source>
        <translation>Дерекқор файлы жоқ, бірақ сақтық көшірмелер бар. Бос дерекқормен бастағаннан гөрі соңғы сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="300"/>
        <source>The database file cannot be opened. Check that the data folder exists and that you may write there.</source>
        <translation>Дерекқор файлын ашу мүмкін емес. Деректер қалтасының бар екенін және оған жазуға рұқсатыңыз барын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="305"/>
        <source>The database is read-only: nothing can be saved. Check the folder&apos;s permissions, or copy the data folder to a place where you may write.</source>
        <translation>Дерекқор тек оқуға арналған: ештеңе сақталмайды. Қалтаның рұқсаттарын тексеріңіз немесе деректер қалтасын жазуға болатын орынға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="310"/>
        <source>The disk is full, so nothing was saved. Free some space (for example, move old backups elsewhere) and try again.</source>
        <translation>Диск толы, сондықтан ештеңе сақталмады. Орын босатыңыз (мысалы, ескі сақтық көшірмелерді басқа жерге көшіріңіз) және қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="315"/>
        <source>The database server cannot be reached. Check the network cable and that the server computer is on, then try again.</source>
        <translation>Дерекқор серверіне қосылу мүмкін емес. Желі кабелін және сервер компьютерінің қосулы екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="320"/>
        <source>Enter the server&apos;s address, the database and the user name.</source>
        <translation>Сервердің мекенжайын, дерекқорды және пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="323"/>
        <source>The database reported an unexpected problem. Ask the IT specialist.</source>
        <translation>Дерекқорда күтпеген ақау пайда болды. IT маманына хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="36"/>
        <source>Check the field “{field}”.</source>
        <translation>«{field}» өрісін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="47"/>
        <source>The action was refused (code: {code}).</source>
        <translation>Әрекет орындалмады (коды: {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="49"/>
        <source>The database cannot be used (code: {code}).</source>
        <translation>Дерекқорды пайдалану мүмкін емес (коды: {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="58"/>
        <source>Access to the file or folder was denied.</source>
        <translation>Файлға немесе қалтаға қолжетімділік жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="60"/>
        <source>The file was not found.</source>
        <translation>Файл табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="62"/>
        <source>The file or disk could not be used: {detail}</source>
        <translation>Файлды немесе дискіні пайдалану мүмкін болмады: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="65"/>
        <source>An unexpected error occurred. It was written to the log file; please tell the administrator what you were doing.</source>
        <translation>Күтпеген қате орын алды. Ол журнал файлына жазылды; әкімшіге не істеп жатқаныңызды айтыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="90"/>
        <source>Check the data</source>
        <translation>Деректерді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="92"/>
        <source>The case was changed</source>
        <translation>Іс өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="93"/>
        <source>Cannot do this</source>
        <translation>Орындау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="121"/>
        <source>Signed out</source>
        <translation>Жүйеден шықты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="122"/>
        <source>Unlocked</source>
        <translation>Бұғаты ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="123"/>
        <source>Failed unlock</source>
        <translation>Бұғатты ашу сәтсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="228"/>
        <source>You are signed out: the session was ended on this or another computer, or the administrator changed your account (password, role or access). Sign in again.</source>
        <translation>Сіз жүйеден шығарылдыңыз: сеанс осы немесе басқа компьютерде аяқталды, не әкімші есептік жазбаңызды өзгертті (құпиясөз, рөл немесе қолжетімділік). Жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="233"/>
        <source>You are signed out because Kense was not used for too long. Sign in again.</source>
        <translation>Kense ұзақ уақыт пайдаланылмағандықтан, сіз жүйеден шығарылдыңыз. Жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="237"/>
        <source>This session was not opened by signing in. Sign in again.</source>
        <translation>Бұл сеанс жүйеге кіру арқылы ашылмаған. Жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="205"/>
        <source>The service definitions that came with Kense are damaged ({file}, {key}): {problem}. Reinstall Kense; your data is not touched.</source>
        <translation>Kense-пен бірге келген қызметтердің сипаттамалары бүлінген ({file}, {key}): {problem}. Kense-ті қайта орнатыңыз; деректеріңізге ешнәрсе болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="35"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="132"/>
        <source>NCA certificate installed</source>
        <translation>ҰКО сертификаты орнатылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="133"/>
        <source>NCA certificate removed</source>
        <translation>ҰКО сертификаты жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="136"/>
        <source>Result signed electronically</source>
        <translation>Нәтижеге электрондық қол қойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="137"/>
        <source>Electronically signed result saved to files</source>
        <translation>Электрондық қол қойылған нәтиже файлдарға сақталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="66"/>
        <source>The field “{field}” is not a BIN: 12 digits, as on the college&apos;s registration certificate.</source>
        <translation>«{field}» өрісі БСН емес: колледжді тіркеу туралы куәліктегідей 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="162"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Кезең басталмай тұрып аяқталады: {first} – {last}. Күндерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="165"/>
        <source>There is no service “{service}”.</source>
        <translation>«{service}» деген қызмет жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="168"/>
        <source>The report has no such figure.</source>
        <translation>Есепте мұндай көрсеткіш жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="170"/>
        <source>There is no report “{name}”. Reports: {known}.</source>
        <translation>«{name}» деген есеп жоқ. Есептер: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="173"/>
        <source>{option} {value}: write the date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>{option} {value}: күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="176"/>
        <source>The report&apos;s file must end in .xlsx (Excel) or .pdf.</source>
        <translation>Есеп файлының аты .xlsx (Excel) немесе .pdf деп аяқталуы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="20"/>
        <source>Kind of blank</source>
        <translation>Бланкінің түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="21"/>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="22"/>
        <source>First number</source>
        <translation>Бірінші нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="23"/>
        <source>Last number</source>
        <translation>Соңғы нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="24"/>
        <source>Received on</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="25"/>
        <source>Document of receipt</source>
        <translation>Қабылдау құжаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="26"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="27"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="142"/>
        <source>Batch of blanks received</source>
        <translation>Бланкілер партиясы келіп түсті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="143"/>
        <source>Blank recorded as lost</source>
        <translation>Бланкі жоғалған деп тіркелді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="146"/>
        <source>Blank spoiled, result moved to the next blank</source>
        <translation>Бланкі бүлінді, нәтиже келесі бланкіге көшірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="199"/>
        <source>Not in force: this code was printed on a blank later spoiled; the same result was printed on another blank with a new code.</source>
        <translation>Күшінде емес: бұл код кейін бүлінген бланкіге басылған; сол нәтиже басқа бланкіге жаңа кодпен басылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="291"/>
        <source>diploma</source>
        <translation>диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="293"/>
        <source>appendix to the diploma</source>
        <translation>дипломға қосымша</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="296"/>
        <source>in stock</source>
        <translation>қоймада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="297"/>
        <source>used</source>
        <translation>пайдаланылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="298"/>
        <source>spoiled</source>
        <translation>бүлінді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="299"/>
        <source>lost</source>
        <translation>жоғалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="15"/>
        <source>Choose at least one ground the law gives for refusing the service.</source>
        <translation>Заңда көзделген қызмет көрсетуден бас тарту негіздерінің кемінде біреуін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="17"/>
        <source>The notice goes out on or after the day of the decision, and not in the future.</source>
        <translation>Хабарлама шешім қабылданған күні немесе одан кейін жіберіледі, болашақ күнмен емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="20"/>
        <source>The notice of the hearing had to go out by {latest}, {days} working days before the term ends on {end}. A refusal can no longer be lawful within the term: prepare the document.</source>
        <translation>Тыңдау туралы хабарлама {latest} дейін, мерзім {end} аяқталғанға дейін {days} жұмыс күні бұрын жіберілуі тиіс еді. Енді мерзім ішінде заңды бас тарту мүмкін емес: құжатты дайындаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="26"/>
        <source>The hearing must be held by {latest}: no later than {days} working days after the notice. Choose an earlier day.</source>
        <translation>Тыңдау {latest} дейін өткізілуі тиіс: хабарламадан кейін {days} жұмыс күнінен кешіктірмей. Ертерек күнді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="30"/>
        <source>The hearing must come after the day of the notice: the applicant needs time to prepare. Make a new decision with a later hearing day.</source>
        <translation>Тыңдау хабарлама күнінен кейін болуы тиіс: өтініш берушіге дайындалуға уақыт керек. Тыңдау күнін кейінірек белгілеп, жаңа шешім қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="33"/>
        <source>{day} is not a working day: choose a working day for the hearing.</source>
        <translation>{day} — жұмыс күні емес: тыңдауға жұмыс күнін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="36"/>
        <source>The hearing is on {at}: its outcome can be recorded after it (or earlier only if the applicant declined it in writing).</source>
        <translation>Тыңдау {at} өтеді: оның қорытындысын тыңдаудан кейін жазуға болады (ертерек — тек өтініш беруші жазбаша бас тартса).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="40"/>
        <source>There is no preliminary decision to refuse on this case.</source>
        <translation>Бұл іс бойынша бас тарту туралы алдын ала шешім жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="42"/>
        <source>The refusal is signed only after the hearing confirmed it.</source>
        <translation>Бас тартуға тыңдау оны растағаннан кейін ғана қол қойылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hearing_sentences.py" line="44"/>
        <source>This service has no motivated refusal.</source>
        <translation>Бұл қызметте дәлелді бас тарту көзделмеген.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="134"/>
        <source>NCA list of revoked certificates imported</source>
        <translation>ҰКО-ның кері қайтарылған сертификаттар тізімі импортталды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="135"/>
        <source>NCA list of revoked certificates removed</source>
        <translation>ҰКО-ның кері қайтарылған сертификаттар тізімі жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="152"/>
        <source>The office&apos;s records moved to the office server</source>
        <translation>Кеңсе жазбалары кеңсе серверіне көшірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="154"/>
        <source>The office server&apos;s join code shown</source>
        <translation>Кеңсе серверінің қосылу коды көрсетілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="157"/>
        <source>The office server&apos;s daily backup made</source>
        <translation>Кеңсе серверінің күнделікті сақтық көшірмесі жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="14"/>
        <source>The join code is damaged or incomplete. Copy it again, whole, from the Admin page of a PC that uses the office server; nothing was changed.</source>
        <translation>Қосылу коды бүлінген немесе толық емес. Оны кеңсе серверін пайдаланатын компьютердің Әкімші бетінен қайтадан толық көшіріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="17"/>
        <source>This computer has not joined an office server yet. Join it first with the join code (kense --join CODE).</source>
        <translation>Бұл компьютер әлі кеңсе серверіне қосылмаған. Алдымен қосылу кодымен қосылыңыз (kense --join CODE).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="20"/>
        <source>This computer&apos;s own records belong to another office than the server&apos;s; joining would leave them behind. Nothing was changed.</source>
        <translation>Бұл компьютердің өз жазбалары сервердегіден басқа кеңсеге тиесілі; қосылса, олар қалып қояр еді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="23"/>
        <source>The server answering at this address presents a certificate other than the join code names: it may not be the office server. Check the address with the IT specialist; nothing was changed.</source>
        <translation>Осы мекенжайдағы сервер қосылу кодында аталғаннан басқа сертификат көрсетеді: бұл кеңсе сервері болмауы мүмкін. Мекенжайды IT маманымен тексеріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="27"/>
        <source>The server answering at this address offers no encryption, but the join code expects it: it may not be the office server. Nothing was changed.</source>
        <translation>Осы мекенжайдағы сервер шифрлауды ұсынбайды, ал қосылу коды оны күтеді: бұл кеңсе сервері болмауы мүмкін. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="30"/>
        <source>The server&apos;s database holds tables of another program. Use an empty database for Kense; nothing was changed.</source>
        <translation>Сервердің дерекқорында басқа бағдарламаның кестелері бар. Kense үшін бос дерекқорды пайдаланыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="33"/>
        <source>The office server already holds this office&apos;s records; nothing was moved. This computer only needs to join it.</source>
        <translation>Кеңсе серверінде бұл кеңсенің жазбалары бұрыннан бар; ештеңе көшірілмеді. Бұл компьютерге тек серверге қосылу жеткілікті.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="36"/>
        <source>The office server already holds another office&apos;s records; nothing was moved. Use an empty office server.</source>
        <translation>Кеңсе серверінде басқа кеңсенің жазбалары бар; ештеңе көшірілмеді. Бос кеңсе серверін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="39"/>
        <source>This computer already works on the office server: there is no file of its own to move.</source>
        <translation>Бұл компьютер кеңсе серверінде жұмыс істеп тұр: көшіретін өз файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="42"/>
        <source>This computer&apos;s records do not pass the audit check, so they were not moved. Run the check on the Admin page and ask the IT specialist.</source>
        <translation>Бұл компьютердің жазбалары аудит тексеруінен өтпейді, сондықтан көшірілмеді. Әкімші бетінде тексеруді іске қосып, IT маманына хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="45"/>
        <source>This computer&apos;s database holds tables this version of Kense does not know ({tables}); nothing was moved. Install the Kense that wrote them.</source>
        <translation>Бұл компьютердің дерекқорында Kense-тің осы нұсқасы білмейтін кестелер бар ({tables}); ештеңе көшірілмеді. Оларды жазған Kense нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="49"/>
        <source>Moving the records failed and was undone: the server is empty and this computer keeps working on its own file. Try again, or ask the IT specialist.</source>
        <translation>Жазбаларды көшіру сәтсіз аяқталып, кері қайтарылды: сервер бос, бұл компьютер өз файлымен жұмысын жалғастырады. Қайталап көріңіз немесе IT маманына хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="53"/>
        <source>The copy on the server did not equal this computer&apos;s records ({tables}), so it was removed again: the server is empty and this computer keeps its own file.</source>
        <translation>Сервердегі көшірме бұл компьютердің жазбаларымен сәйкес келмеді ({tables}), сондықтан ол қайта жойылды: сервер бос, бұл компьютер өз файлында қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="57"/>
        <source>The PostgreSQL programs are not installed on this computer. Install Kense with its “Office server” component (Linux: the postgresql package).</source>
        <translation>Бұл компьютерде PostgreSQL бағдарламалары орнатылмаған. Kense-ті «Кеңсе сервері» құрамдасымен орнатыңыз (Linux: postgresql бумасы).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="60"/>
        <source>A PostgreSQL program ({tool}) failed; its words are in the English line above. Nothing else was changed.</source>
        <translation>PostgreSQL бағдарламасы ({tool}) сәтсіз аяқталды; оның хабары жоғарыдағы ағылшынша жолда. Басқа ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="63"/>
        <source>This folder holds no office server made by Kense. Check the folder given to --stop-server or --make-server.</source>
        <translation>Бұл қалтада Kense жасаған кеңсе сервері жоқ. --stop-server немесе --make-server үшін берілген қалтаны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="66"/>
        <source>This folder already holds a database folder Kense did not make. Choose an empty folder for the office server.</source>
        <translation>Бұл қалтада Kense жасамаған дерекқор қалтасы бар. Кеңсе сервері үшін бос қалта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="69"/>
        <source>The PostgreSQL server&apos;s system user cannot write in this folder. Choose a folder it may use, such as /srv/kense.</source>
        <translation>PostgreSQL серверінің жүйелік пайдаланушысы бұл қалтаға жаза алмайды. Ол пайдалана алатын қалтаны таңдаңыз, мысалы /srv/kense.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="72"/>
        <source>Port {port} is already used on this computer (perhaps by another PostgreSQL). Choose another port with --port.</source>
        <translation>{port} порты бұл компьютерде бос емес (басқа PostgreSQL болуы мүмкін). --port арқылы басқа порт таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="76"/>
        <source>The server&apos;s backup could not be read back, so it was not kept. Check the free space of the backups folder and try again.</source>
        <translation>Сервердің сақтық көшірмесін қайта оқу мүмкін болмады, сондықтан ол сақталмады. Сақтық көшірмелер қалтасындағы бос орынды тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="79"/>
        <source>The chosen file is not a backup of the office server (a .dump file made by Kense); nothing was changed.</source>
        <translation>Таңдалған файл кеңсе серверінің сақтық көшірмесі емес (Kense жасаған .dump файлы); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="86"/>
        <source>The office network must be written like 192.168.1.0/24.</source>
        <translation>Кеңсе желісі 192.168.1.0/24 түрінде жазылуы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="292"/>
        <source>diploma with honours</source>
        <translation>үздік диплом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="144"/>
        <source>Batch of blanks corrected</source>
        <translation>Бланкілер партиясы түзетілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="145"/>
        <source>Batch of blanks cancelled</source>
        <translation>Бланкілер партиясының күші жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="155"/>
        <source>The office server&apos;s join code sheet made for printing</source>
        <translation>Кеңсе серверіне қосылу коды бар парақ басып шығаруға дайындалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="158"/>
        <source>The office server&apos;s backup restored into a scratch database and checked</source>
        <translation>Кеңсе серверінің сақтық көшірмесі уақытша дерекқорға қалпына келтіріліп тексерілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_sentences.py" line="82"/>
        <source>The office server&apos;s user may not create databases, so its backups cannot be restored for their weekly check. Give it the right to (ALTER ROLE ... CREATEDB); a server made by Kense has it.</source>
        <translation>Кеңсе серверінің пайдаланушысына дерекқор құруға рұқсат жоқ, сондықтан оның сақтық көшірмелерін апталық тексеру үшін қалпына келтіру мүмкін емес. Оған бұл құқықты беріңіз (ALTER ROLE ... CREATEDB); Kense жасаған серверде ол бар.</translation>
    </message>
</context>
</TS>
