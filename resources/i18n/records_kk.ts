<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="67"/>
        <source>fixed record No.</source>
        <translation>бекітілген жазба №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="68"/>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="69"/>
        <source>Windows user</source>
        <translation>Windows пайдаланушысы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="70"/>
        <source>PC</source>
        <translation>компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="71"/>
        <source>records before the key</source>
        <translation>кілтке дейінгі жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="72"/>
        <source>cases</source>
        <translation>істер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="73"/>
        <source>applicants</source>
        <translation>өтініш берушілер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="74"/>
        <source>signed results</source>
        <translation>қол қойылған нәтижелер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="95"/>
        <source>(the details of this record cannot be read: it was damaged)</source>
        <translation>(бұл жазбаның мәліметін оқу мүмкін емес: ол бүлінген)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="100"/>
        <source>Compare with a backup…</source>
        <translation>Сақтық көшірмемен салыстыру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="101"/>
        <source>Compare with a printed journal…</source>
        <translation>Басылған журналмен салыстыру…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="141"/>
        <source>Compare with a backup</source>
        <translation>Сақтық көшірмемен салыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="141"/>
        <source>Kense backups (*.sqlite3)</source>
        <translation>Kense сақтық көшірмелері (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="146"/>
        <source>Comparing with the backup…</source>
        <translation>Сақтық көшірмемен салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="157"/>
        <source>Compare with a printed journal</source>
        <translation>Басылған журналмен салыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="158"/>
        <source>The audit anchor printed at the foot of the journal (e.g. 1234:89AB…):</source>
        <translation>Журналдың соңында басылған аудит белгісі (мысалы, 1234:89AB…):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="172"/>
        <source>OK: the log still holds all {old} records of “{source}” unchanged; {new} records were added since.</source>
        <translation>Дұрыс: журналда «{source}» ішіндегі {old} жазбаның бәрі өзгеріссіз тұр; содан бері {new} жазба қосылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="179"/>
        <source>The history was rewritten after “{source}” was made: from record {at} on, the log no longer holds what it held then ({old} records then, {new} now).</source>
        <translation>«{source}» жасалғаннан кейін тарих қайта жазылған: {at}-жазбадан бастап журналда сол кездегі жазбалар жоқ (сонда {old} жазба, қазір {new}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="186"/>
        <source>record No. {id} was changed, forged or recomputed</source>
        <translation>№ {id} жазба өзгертілген, жалған жасалған немесе қайта есептелген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="187"/>
        <source>a record just before No. {id} was deleted or inserted</source>
        <translation>№ {id} жазбаның алдындағы жазба жойылған немесе қосылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="188"/>
        <source>record No. {id} is damaged and cannot be read</source>
        <translation>№ {id} жазба бүлінген, оны оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="189"/>
        <source>the newest records were deleted</source>
        <translation>ең соңғы жазбалар жойылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="191"/>
        <source>the log is shorter than this PC wrote it: records were cut off</source>
        <translation>журнал осы компьютер жазғаннан қысқа: жазбалар кесіп тасталған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="192"/>
        <source>case {case} differs from what its log says</source>
        <translation>{case} ісі журналда жазылғаннан өзгеше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="193"/>
        <source>case {case} is not in the log (added outside Kense)</source>
        <translation>{case} ісі журналда жоқ (Kense-тен тыс қосылған)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="194"/>
        <source>the personal data of applicant #{applicant} differ from the log</source>
        <translation>№{applicant} өтініш берушінің дербес деректері журналдағыдан өзгеше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="196"/>
        <source>the signed result of case {case} was changed</source>
        <translation>{case} ісінің қол қойылған нәтижесі өзгертілген</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="197"/>
        <source>a signed result of case {case} is not in the log</source>
        <translation>{case} ісінің қол қойылған нәтижесі журналда жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="198"/>
        <source>a signed result was deleted</source>
        <translation>қол қойылған нәтиже жойылған</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="208"/>
        <source>“Verify the log” checks, with the office key kept outside the database, that no record was changed, inserted or deleted, that every case, person and signed result still holds what its log says, and that the log still reaches as far as this PC wrote it. A rewrite by someone holding the office key is found only by comparing with a backup or a printed journal made before it.</source>
        <translation>«Журналды тексеру» дерекқордан тыс сақталатын кеңсе кілтімен бірде-бір жазба өзгертілмегенін, қосылмағанын не жойылмағанын, әр іс, адам және қол қойылған нәтиже журналда жазылғандай екенін, журнал осы компьютер жазған жерге дейін жететінін тексереді. Кеңсе кілті бар адамның қайта жазуы одан бұрын жасалған сақтық көшірмемен немесе басылған журналмен салыстырғанда ғана табылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="219"/>
        <source>The log cannot be checked on this PC: it does not have the office key. Restart Kense on this PC: it asks for the key from the recovery sheet.</source>
        <translation>Журналды бұл компьютерде тексеру мүмкін емес: онда кеңсе кілті жоқ. Kense-ті осы компьютерде қайта іске қосыңыз: ол кілтті қалпына келтіру парағынан сұрайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="225"/>
        <source>OK: the audit log is intact ({count} records, {cases} cases and {results} signed results checked).</source>
        <translation>Дұрыс: аудит журналы бүтін ({count} жазба, {cases} іс және {results} қол қойылған нәтиже тексерілді).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="232"/>
        <source>… and more</source>
        <translation>… және басқалары</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="233"/>
        <source>The records were tampered with:</source>
        <translation>Жазбаларға қол сұғылған:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="75"/>
        <source>fields changed</source>
        <translation>өзгерген өрістер</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="124"/>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="124"/>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="125"/>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
</context>
<context>
    <name>KeyEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="110"/>
        <source>Office key</source>
        <translation>Кеңсе кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="112"/>
        <source>This PC does not have the office key of this database (a new PC of the office, or this PC was reinstalled). Type the key from the recovery sheet kept by the administrator: 14 groups of four letters and digits.</source>
        <translation>Бұл компьютерде осы дерекқордың кеңсе кілті жоқ (кеңсенің жаңа компьютері немесе осы компьютер қайта орнатылған). Әкімші сақтайтын қалпына келтіру парағындағы кілтті теріңіз: төрт әріп пен цифрдан тұратын 14 топ.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="56"/>
        <source>Office key recovery sheet</source>
        <translation>Кеңсе кілтін қалпына келтіру парағы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="58"/>
        <source>Kense keeps the audit log and the verification codes of results with an office key that is not in the database: it is kept on this PC. Print this sheet (or write the key down) and keep it in the college safe. It is needed to start Kense on another PC of the office and after this PC is reinstalled. It is shown only this once.</source>
        <translation>Kense аудит журналы мен нәтижелердің тексеру кодтарын дерекқорда жоқ кеңсе кілтімен қорғайды: ол осы компьютерде сақталады. Бұл парақты басып шығарыңыз (немесе кілтті жазып алыңыз) және колледж сейфінде сақтаңыз. Ол Kense-ті кеңсенің басқа компьютерінде іске қосу үшін және осы компьютер қайта орнатылғаннан кейін қажет. Ол тек осы жолы көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="63"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="64"/>
        <source>I have printed it or written it down</source>
        <translation>Басып шығардым немесе жазып алдым</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="65"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="73"/>
        <source>Kense: office key recovery sheet</source>
        <translation>Kense: кеңсе кілтін қалпына келтіру парағы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="74"/>
        <source>Keep this sheet in the college safe. Whoever has it can start Kense on a PC of this office; it does not replace a password.</source>
        <translation>Бұл парақты колледж сейфінде сақтаңыз. Оны ұстаған адам Kense-ті осы кеңсенің компьютерінде іске қоса алады; ол құпиясөздің орнын баспайды.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="161"/>
        <source>Office key created</source>
        <translation>Кеңсе кілті жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="162"/>
        <source>Office key entered on a PC</source>
        <translation>Кеңсе кілті компьютерге енгізілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="163"/>
        <source>Key recovery sheet handed over</source>
        <translation>Кілтті қалпына келтіру парағы тапсырылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="164"/>
        <source>Existing cases taken under the office key</source>
        <translation>Бұрынғы істер кеңсе кілтімен бекітілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="165"/>
        <source>Existing applicants taken under the office key</source>
        <translation>Бұрынғы өтініш берушілер кеңсе кілтімен бекітілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="167"/>
        <source>Applicant recorded</source>
        <translation>Өтініш беруші тіркелді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="168"/>
        <source>Applicant&apos;s data changed</source>
        <translation>Өтініш берушінің деректері өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="169"/>
        <source>Result printed</source>
        <translation>Нәтиже басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="170"/>
        <source>Deadline moved by the calendar</source>
        <translation>Мерзім күнтізбе бойынша жылжыды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="197"/>
        <source>This PC does not have the office key of this database. Enter it from the key recovery sheet.</source>
        <translation>Бұл компьютерде осы дерекқордың кеңсе кілті жоқ. Оны кілтті қалпына келтіру парағынан енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="200"/>
        <source>This is not the office key of this database. Check the recovery sheet of this college.</source>
        <translation>Бұл осы дерекқордың кеңсе кілті емес. Осы колледждің қалпына келтіру парағын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="203"/>
        <source>This database has no office key yet. Restart Kense on it.</source>
        <translation>Бұл дерекқордың әлі кеңсе кілті жоқ. Kense-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="210"/>
        <source>This database already has an office key; no new one was made. Restart Kense.</source>
        <translation>Бұл дерекқордың кеңсе кілті бұрыннан бар; жаңасы жасалмады. Kense-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="213"/>
        <source>The key is mistyped: check each group of four letters and digits against the recovery sheet.</source>
        <translation>Кілт қате терілген: әр төрт әріп пен цифрдан тұратын топты қалпына келтіру парағымен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="216"/>
        <source>The key recovery sheet was already handed over; it is shown only once.</source>
        <translation>Кілтті қалпына келтіру парағы бұрын тапсырылған; ол тек бір рет көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="219"/>
        <source>Type the anchor as printed: the number of records, a colon, and at least 8 letters and digits (e.g. 1234:89AB12CD).</source>
        <translation>Белгіні басылғандай теріңіз: жазбалар саны, қос нүкте және кемінде 8 әріп пен цифр (мысалы, 1234:89AB12CD).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="222"/>
        <source>This file is not a Kense backup.</source>
        <translation>Бұл файл Kense сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="224"/>
        <source>This case has no signed result to print.</source>
        <translation>Бұл істе басып шығаратын қол қойылған нәтиже жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="226"/>
        <source>The office sees the result once the head has signed it.</source>
        <translation>Кеңсе нәтижені басшы қол қойғаннан кейін көреді.</translation>
    </message>
</context>
</TS>
