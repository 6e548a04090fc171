<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="67"/>
        <source>fixed record No.</source>
        <translation>зафиксированная запись №</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="68"/>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="69"/>
        <source>Windows user</source>
        <translation>пользователь Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="70"/>
        <source>PC</source>
        <translation>компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="71"/>
        <source>records before the key</source>
        <translation>записей до ключа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="72"/>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="73"/>
        <source>applicants</source>
        <translation>заявители</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="74"/>
        <source>signed results</source>
        <translation>подписанные результаты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="95"/>
        <source>(the details of this record cannot be read: it was damaged)</source>
        <translation>(подробности этой записи прочитать нельзя: она повреждена)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="100"/>
        <source>Compare with a backup…</source>
        <translation>Сравнить с резервной копией…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="101"/>
        <source>Compare with a printed journal…</source>
        <translation>Сравнить с распечатанным журналом…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="141"/>
        <source>Compare with a backup</source>
        <translation>Сравнить с резервной копией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="141"/>
        <source>Kense backups (*.sqlite3)</source>
        <translation>Резервные копии Kense (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="146"/>
        <source>Comparing with the backup…</source>
        <translation>Идёт сравнение с резервной копией…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="157"/>
        <source>Compare with a printed journal</source>
        <translation>Сравнить с распечатанным журналом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="158"/>
        <source>The audit anchor printed at the foot of the journal (e.g. 1234:89AB…):</source>
        <translation>Отметка аудита, напечатанная внизу журнала (например, 1234:89AB…):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="172"/>
        <source>OK: the log still holds all {old} records of “{source}” unchanged; {new} records were added since.</source>
        <translation>Верно: в журнале все {old} записей из «{source}» на месте и не изменены; с тех пор добавлено записей: {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="179"/>
        <source>The history was rewritten after “{source}” was made: from record {at} on, the log no longer holds what it held then ({old} records then, {new} now).</source>
        <translation>История переписана после того, как был сделан «{source}»: начиная с записи {at} журнал не содержит того, что было тогда (тогда записей {old}, сейчас {new}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="186"/>
        <source>record No. {id} was changed, forged or recomputed</source>
        <translation>запись № {id} изменена, подделана или пересчитана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="187"/>
        <source>a record just before No. {id} was deleted or inserted</source>
        <translation>запись непосредственно перед № {id} удалена или вставлена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="188"/>
        <source>record No. {id} is damaged and cannot be read</source>
        <translation>запись № {id} повреждена и не читается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="189"/>
        <source>the newest records were deleted</source>
        <translation>удалены самые новые записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="191"/>
        <source>the log is shorter than this PC wrote it: records were cut off</source>
        <translation>журнал короче, чем его записал этот компьютер: записи отрезаны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="192"/>
        <source>case {case} differs from what its log says</source>
        <translation>дело {case} отличается от того, что записано в журнале</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="193"/>
        <source>case {case} is not in the log (added outside Kense)</source>
        <translation>дела {case} нет в журнале (добавлено в обход Kense)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="194"/>
        <source>the personal data of applicant #{applicant} differ from the log</source>
        <translation>персональные данные заявителя №{applicant} отличаются от журнала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="196"/>
        <source>the signed result of case {case} was changed</source>
        <translation>подписанный результат дела {case} изменён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="197"/>
        <source>a signed result of case {case} is not in the log</source>
        <translation>подписанного результата дела {case} нет в журнале</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="198"/>
        <source>a signed result was deleted</source>
        <translation>подписанный результат удалён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="208"/>
        <source>“Verify the log” checks, with the office key kept outside the database, that no record was changed, inserted or deleted, that every case, person and signed result still holds what its log says, and that the log still reaches as far as this PC wrote it. A rewrite by someone holding the office key is found only by comparing with a backup or a printed journal made before it.</source>
        <translation>«Проверить журнал» с помощью ключа организации, который хранится вне базы данных, проверяет, что ни одна запись не изменена, не вставлена и не удалена, что каждое дело, лицо и подписанный результат совпадают с журналом и что журнал доходит до того места, до которого его записал этот компьютер. Переписывание тем, у кого есть ключ организации, обнаруживается только сравнением с резервной копией или распечатанным журналом, сделанными раньше.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="219"/>
        <source>The log cannot be checked on this PC: it does not have the office key. Restart Kense on this PC: it asks for the key from the recovery sheet.</source>
        <translation>Журнал нельзя проверить на этом компьютере: на нём нет ключа организации. Перезапустите Kense на этом компьютере: он запросит ключ с листа восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="225"/>
        <source>OK: the audit log is intact ({count} records, {cases} cases and {results} signed results checked).</source>
        <translation>Верно: журнал аудита не нарушен (проверено записей: {count}, дел: {cases}, подписанных результатов: {results}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="232"/>
        <source>… and more</source>
        <translation>… и другие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="233"/>
        <source>The records were tampered with:</source>
        <translation>Записи были подделаны:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_details.py" line="75"/>
        <source>fields changed</source>
        <translation>изменённые поля</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="124"/>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="124"/>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspaces/case_view.py" line="125"/>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
</context>
<context>
    <name>KeyEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="110"/>
        <source>Office key</source>
        <translation>Ключ организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="112"/>
        <source>This PC does not have the office key of this database (a new PC of the office, or this PC was reinstalled). Type the key from the recovery sheet kept by the administrator: 14 groups of four letters and digits.</source>
        <translation>На этом компьютере нет ключа организации для этой базы данных (новый компьютер канцелярии или этот компьютер переустановлен). Введите ключ с листа восстановления, который хранит администратор: 14 групп из четырёх букв и цифр.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="56"/>
        <source>Office key recovery sheet</source>
        <translation>Лист восстановления ключа организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="58"/>
        <source>Kense keeps the audit log and the verification codes of results with an office key that is not in the database: it is kept on this PC. Print this sheet (or write the key down) and keep it in the college safe. It is needed to start Kense on another PC of the office and after this PC is reinstalled. It is shown only this once.</source>
        <translation>Kense защищает журнал аудита и коды проверки результатов ключом организации, которого нет в базе данных: он хранится на этом компьютере. Распечатайте этот лист (или запишите ключ) и храните его в сейфе колледжа. Он нужен, чтобы запустить Kense на другом компьютере канцелярии и после переустановки этого компьютера. Он показывается только сейчас.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="63"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="64"/>
        <source>I have printed it or written it down</source>
        <translation>Я распечатал(а) или записал(а) его</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="65"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="73"/>
        <source>Kense: office key recovery sheet</source>
        <translation>Kense: лист восстановления ключа организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_key_dialogs.py" line="74"/>
        <source>Keep this sheet in the college safe. Whoever has it can start Kense on a PC of this office; it does not replace a password.</source>
        <translation>Храните этот лист в сейфе колледжа. Тот, у кого он есть, может запустить Kense на компьютере этой канцелярии; пароль он не заменяет.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="161"/>
        <source>Office key created</source>
        <translation>Создан ключ организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="162"/>
        <source>Office key entered on a PC</source>
        <translation>Ключ организации введён на компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="163"/>
        <source>Key recovery sheet handed over</source>
        <translation>Лист восстановления ключа передан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="164"/>
        <source>Existing cases taken under the office key</source>
        <translation>Существующие дела взяты под ключ организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="165"/>
        <source>Existing applicants taken under the office key</source>
        <translation>Существующие заявители взяты под ключ организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="167"/>
        <source>Applicant recorded</source>
        <translation>Заявитель внесён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="168"/>
        <source>Applicant&apos;s data changed</source>
        <translation>Данные заявителя изменены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="169"/>
        <source>Result printed</source>
        <translation>Результат напечатан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_names.py" line="170"/>
        <source>Deadline moved by the calendar</source>
        <translation>Срок сдвинут по календарю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="197"/>
        <source>This PC does not have the office key of this database. Enter it from the key recovery sheet.</source>
        <translation>На этом компьютере нет ключа организации для этой базы данных. Введите его с листа восстановления ключа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="200"/>
        <source>This is not the office key of this database. Check the recovery sheet of this college.</source>
        <translation>Это не ключ организации этой базы данных. Проверьте лист восстановления этого колледжа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="203"/>
        <source>This database has no office key yet. Restart Kense on it.</source>
        <translation>У этой базы данных ещё нет ключа организации. Перезапустите Kense.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="210"/>
        <source>This database already has an office key; no new one was made. Restart Kense.</source>
        <translation>У этой базы данных уже есть ключ организации; новый не создан. Перезапустите Kense.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="213"/>
        <source>The key is mistyped: check each group of four letters and digits against the recovery sheet.</source>
        <translation>Ключ набран с ошибкой: сверьте каждую группу из четырёх букв и цифр с листом восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="216"/>
        <source>The key recovery sheet was already handed over; it is shown only once.</source>
        <translation>Лист восстановления ключа уже передан; он показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="219"/>
        <source>Type the anchor as printed: the number of records, a colon, and at least 8 letters and digits (e.g. 1234:89AB12CD).</source>
        <translation>Введите отметку как напечатано: число записей, двоеточие и не менее 8 букв и цифр (например, 1234:89AB12CD).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="222"/>
        <source>This file is not a Kense backup.</source>
        <translation>Этот файл не является резервной копией Kense.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="224"/>
        <source>This case has no signed result to print.</source>
        <translation>В этом деле нет подписанного результата для печати.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_sentences.py" line="226"/>
        <source>The office sees the result once the head has signed it.</source>
        <translation>Канцелярия видит результат после подписи руководителя.</translation>
    </message>
</context>
</TS>
