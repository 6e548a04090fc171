"""Realistic sample data for every form, for the --smoke self-check, the preview of an empty
database and the benchmark. Names carry ә ғ қ ң ө ұ ү һ і on purpose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.domain.blank_printables import (
    BlankStockReport,
    BlankStockRow,
    WriteOffAct,
    WriteOffRow,
)
from desktop.domain.printables import (
    BookData,
    BookRow,
    CalibrationData,
    CertificateData,
    CollegeInfo,
    DuplicateData,
    JournalData,
    JournalRow,
    MotivatedRefusalData,
    Person,
    ReceiptData,
    RefusalReceiptData,
    TranscriptRow,
)
from desktop.domain.report_figures import (
    NO_EXECUTOR,
    ExecutorLine,
    MonthLine,
    Period,
    Statistics,
)
from desktop.domain.verification import qr_payload, verification_code
from desktop.forms.blank_stock import render_blank_stock
from desktop.forms.blank_write_off import render_write_off_act
from desktop.forms.calibration import render_calibration
from desktop.forms.certificate import render_certificate
from desktop.forms.duplicate import render_duplicate, render_duplicate_on_blank
from desktop.forms.duplicates_book import render_duplicates_book
from desktop.forms.hearing_papers import render_hearing_notice, render_hearing_protocol
from desktop.forms.join_sheet import render_join_sheet
from desktop.forms.journal import render_journal
from desktop.forms.motivated_refusal import render_motivated_refusal
from desktop.forms.receipt import render_receipt
from desktop.forms.refusal_receipt import render_refusal_receipt
from desktop.forms.samples_hearing import sample_facts, sample_paper
from desktop.forms.samples_join import sample_join_sheet
from desktop.forms.statistics import render_statistics
from desktop.forms.texts import check_language

SAMPLE_SECRET = b"kense-sample-secret"

COLLEGE = CollegeInfo(
    name_kk="Алматы политехникалық колледжі",
    name_ru="Алматинский политехнический колледж",
    address_kk="050012, Алматы қ., Абай даңғылы, 1",
    address_ru="050012, г. Алматы, пр. Абая, 1",
    head_name="Сәрсенбаев Ғ. Қ.",
    phone="+7 727 292 00 00",
    email="info@apk.edu.kz",
)
CLERK = "Жұмабаева Айгүл Серікқызы"
HEAD = "Сәрсенбаев Ғ. Қ."

APPLICANT = Person("Қасымова", "Әйгерім", "Ғалымқызы", "050815600019", date(2005, 8, 15), "f")
GRADUATE = Person("Нұрғалиев", "Аңсар", "Өмірұлы", "970302300121", date(1997, 3, 2), "m")

# (kk, ru, hours, credits, grade kk, grade ru)
_SUBJECTS = [
    ("Қазақ тілі", "Казахский язык", 156, 6.5, "5 (өте жақсы)", "5 (отлично)"),
    ("Орыс тілі және әдебиеті", "Русский язык и литература", 117, 5.0, "4 (жақсы)",
     "4 (хорошо)"),
    ("Ағылшын тілі", "Английский язык", 117, 5.0, "4 (жақсы)", "4 (хорошо)"),
    ("Қазақстан тарихы", "История Казахстана", 78, 3.0, "5 (өте жақсы)", "5 (отлично)"),
    ("Математика", "Математика", 156, 6.5, "3 (қанағаттанарлық)", "3 (удовлетворительно)"),
    ("Физика", "Физика", 117, 5.0, "4 (жақсы)", "4 (хорошо)"),
    ("Информатика", "Информатика", 78, 3.0, "5 (өте жақсы)", "5 (отлично)"),
    ("Дене шынықтыру", "Физическая культура", 156, 6.5, "есептелді", "зачтено"),
    ("Алгоритмдеу және бағдарламалау негіздері", "Основы алгоритмизации и программирования",
     120, 5.0, "5 (өте жақсы)", "5 (отлично)"),
    ("Кәсіби қазақ (орыс) тілі", "Профессиональный казахский (русский) язык", 72, 3.0,
     "4 (жақсы)", "4 (хорошо)"),
    ("Дерекқорлармен жұмыс", "Работа с базами данных", 96, 4.0, "4 (жақсы)", "4 (хорошо)"),
    ("Компьютерлік желілер", "Компьютерные сети", 96, 4.0, "5 (өте жақсы)", "5 (отлично)"),
    ("Операциялық жүйелер", "Операционные системы", 72, 3.0, "4 (жақсы)", "4 (хорошо)"),
    ("Веб-бағдарламалау", "Веб-программирование", 120, 5.0, "5 (өте жақсы)", "5 (отлично)"),
    ("Ақпараттық қауіпсіздік негіздері", "Основы информационной безопасности", 48, 2.0,
     "есептелді", "зачтено"),
    ("Экономика негіздері", "Основы экономики", 48, 2.0, "4 (жақсы)", "4 (хорошо)"),
    ("Өндірістік практика", "Производственная практика", 432, 18.0, "5 (өте жақсы)",
     "5 (отлично)"),
    ("Қорытынды аттестаттау", "Итоговая аттестация", 72, 3.0, "5 (өте жақсы)", "5 (отлично)"),
]

_PEOPLE = [
    ("Қасымова Әйгерім Ғалымқызы", "050815600019"),
    ("Нұрғалиев Аңсар Өмірұлы", "970302300121"),
    ("Үмбетова Гүлнұр Серікқызы", "060411600232"),
    ("Ізбасаров Дәурен Қайратұлы", "041120500312"),
    ("Шаһизада Жәнібек Ерланұлы", "050104500423"),
    ("Ермекова Салтанат Бақытжанқызы", "030917600535"),
    ("Иванов Сергей Петрович", "040228500644"),
    ("Төлеуова Айым Мұратқызы", "061230600757"),
]


def _subjects(lang: str, count: int) -> list[TranscriptRow]:
    rows = []
    for kk, ru, hours, credits, grade_kk, grade_ru in _SUBJECTS[:count]:
        rows.append(TranscriptRow(kk if lang == "kk" else ru, hours, credits,
                                  grade_kk if lang == "kk" else grade_ru))
    return rows


def _by_lang(lang: str, kk: str, ru: str) -> str:
    return kk if lang == "kk" else ru


def sample_certificate(lang: str = "kk", transcript_rows: int = 12) -> CertificateData:
    transcript = _subjects(lang, min(transcript_rows, len(_SUBJECTS)))
    while len(transcript) < transcript_rows:  # long transcripts for tests and the benchmark
        n = len(transcript) + 1
        transcript.append(TranscriptRow(_by_lang(lang, f"Элективті модуль {n}",
                                                 f"Элективный модуль {n}"), 48, 2.0,
                                        _by_lang(lang, "4 (жақсы)", "4 (хорошо)")))
    data = CertificateData(
        college=COLLEGE,
        reg_number="АН-2026-0017",
        issued_on=date(2026, 3, 5),
        person=APPLICANT,
        study_from=date(2022, 9, 1),
        study_to=date(2025, 1, 20),
        specialty_code="06130100",
        specialty_name=_by_lang(lang, "Бағдарламалық қамтамасыз ету", "Программное обеспечение"),
        qualification=_by_lang(lang, "4S06130103 Бағдарламалық жасақтама әзірлеушісі",
                               "4S06130103 Разработчик программного обеспечения"),
        study_form="full_time",
        study_language=lang,
        course=3,
        expulsion_order_number="47-ү",
        expulsion_order_date=date(2025, 1, 20),
        expulsion_reason=_by_lang(lang, "өз еркі бойынша (өтініші негізінде)",
                                  "по собственному желанию (на основании заявления)"),
        transcript=transcript,
        head_name=HEAD,
        verification_code="0000-0000-0000",
        qr_payload="",
    )
    code = verification_code(SAMPLE_SECRET, certificate_fields(data))
    return replace(data, verification_code=code, qr_payload=qr_payload(data.reg_number, code))


def sample_duplicate(lang: str = "kk") -> DuplicateData:
    data = DuplicateData(
        college=COLLEGE,
        reg_number="ТН-2026-0009",
        issued_on=date(2026, 3, 20),
        person=GRADUATE,
        original_series="ТКБ",
        original_number="0345127",
        original_issued_on=date(2018, 6, 29),
        specialty_code="1304000",
        specialty_name=_by_lang(lang, "Есептеу техникасы және бағдарламалық қамтамасыз ету",
                                "Вычислительная техника и программное обеспечение"),
        qualification=_by_lang(lang, "130403 3 Техник-бағдарламашы", "130403 3 Техник-программист"),
        graduation_year=2018,
        name_as_written="Нұрғалиев Аңсар Өмірұлы",
        honours=True,
        new_blank_series="ТКБ",
        new_blank_number="0912044",
        book_number="Т-2026/014",
        transcript=_subjects(lang, len(_SUBJECTS)),
        head_name=HEAD,
        verification_code="0000-0000-0000",
        qr_payload="",
        study_from_year=2014,
    )
    code = verification_code(SAMPLE_SECRET, duplicate_fields(data))
    return replace(data, verification_code=code, qr_payload=qr_payload(data.reg_number, code))


def sample_data(lang: str = "kk") -> dict[str, object]:
    """The data behind each sample form, texts in the given language."""
    check_language(lang)
    docs = [
        _by_lang(lang, "Оқу орны басшысының атына өтініш",
                 "Заявление на имя руководителя учебного заведения"),
        _by_lang(lang, "Жеке куәлік (көшірмесі)", "Удостоверение личности (копия)"),
    ]
    journal_rows = []
    start = datetime(2026, 3, 2, 9, 20)
    statuses = ["issued", "issued", "ready", "assigned", "draft_submitted", "registered",
                "acceptance_refused", "at_state_corp", "rework", "stored"]
    channels = ["office", "office", "state_corp", "portal", "office", "home_visit"]
    for i in range(64):
        name, iin = _PEOPLE[i % len(_PEOPLE)]
        service = "certificate" if i % 3 else "duplicate"
        channel = channels[i % len(channels)] if service == "duplicate" else "office"
        # Two or three applications a working day, inside office hours.
        day = start.date() + timedelta(days=i // 3 + 2 * (i // 15))
        minutes = 97 * (i % 3) + 13 * (i % 7)
        registered = datetime.combine(day, start.time()) + timedelta(minutes=minutes)
        status = statuses[i % len(statuses)]
        journal_rows.append(JournalRow(
            reg_number=f"{'АН' if service == 'certificate' else 'ТН'}-2026-{i + 1:04d}",
            registered_at=registered,
            service=service,
            channel=channel,
            applicant=name,
            iin=iin,
            status=status,
            due_date=(registered + timedelta(days=21 if service == "duplicate" else 4)).date(),
            executor="Әбілова Ж. Т." if status != "registered" else "",
            finished_on=(registered + timedelta(days=3)).date() if status == "issued" else None,
            external_number="KZ-0042-2026" if channel in ("state_corp", "portal") else "",
        ))
    book_rows = []
    for i in range(28):
        name, _iin = _PEOPLE[i % len(_PEOPLE)]
        book_rows.append(BookRow(
            book_number=f"Т-2026/{i + 1:03d}",
            issued_on=date(2026, 1, 12) + timedelta(days=2 * i),
            person=name,
            # Some holders married since: the original carries the surname of then.
            name_as_written=name if i % 8 != 2 else "Сейітова " + name.split(" ", 1)[1],
            original_series="ТКБ",
            original_number=f"0{345100 + i * 7}",
            original_issued_on=date(2015 + i % 8, 6, 28),
            new_blank_series="ТКБ",
            new_blank_number=f"0{912030 + i}",
            reg_number=f"ТН-2026-{i + 1:04d}",
            received_by=_by_lang(lang, "өзі", "лично") if i % 5 else
            _by_lang(lang, "МК арқылы", "через ГК"),
        ))
    return {
        "receipt": ReceiptData(
            college=COLLEGE, reg_number="АН-2026-0017", registered_at=datetime(2026, 3, 2, 10, 5),
            service="certificate", channel="office", applicant=APPLICANT, documents=docs,
            due_date=date(2026, 3, 5), clerk_name=CLERK, phone=COLLEGE.phone,
        ),
        "refusal_receipt": RefusalReceiptData(
            college=COLLEGE, reg_number="ТН-2026-0011", refused_at=datetime(2026, 3, 3, 11, 40),
            service="duplicate", applicant=GRADUATE,
            missing=[_by_lang(lang, "Білім туралы құжаттың түпнұсқасы (тегі өзгерген жағдайда)",
                              "Оригинал документа об образовании (при изменении фамилии)")],
            expired=[_by_lang(lang, "Жеке куәлік (қолданылу мерзімі 12.01.2026 өткен)",
                              "Удостоверение личности (срок действия истёк 12.01.2026)")],
            clerk_name=CLERK, clerk_phone="+7 727 292 00 01",
        ),
        "certificate": sample_certificate(lang),
        "duplicate": sample_duplicate(lang),
        "calibration": CalibrationData(printer_name="HP LaserJet M404 (Кеңсе-1)"),
        "motivated_refusal": MotivatedRefusalData(
            college=COLLEGE, reg_number="ТН-2026-0012", dated=date(2026, 3, 16),
            service="duplicate",
            applicant=Person("Үмбетова", "Гүлнұр", "Серікқызы", "060411600232"),
            reasons=_by_lang(
                lang,
                "Колледждің мұрағатында өтініш берушінің 2019 жылы оқу орнын бітіргені туралы "
                "мәліметтер жоқ: бітірушілердің мемлекеттік аттестаттау комиссиясының "
                "хаттамаларында және дипломдарды беру кітабында көрсетілген тегі, аты, әкесінің "
                "аты бар адам тіркелмеген.",
                "В архиве колледжа отсутствуют сведения об окончании заявителем учебного "
                "заведения в 2019 году: в протоколах государственной аттестационной комиссии и "
                "в книге выдачи дипломов лицо с указанными фамилией, именем, отчеством не "
                "значится.",
            ),
            head_name=HEAD, application_date=date(2026, 3, 2), outgoing_number="01-15/214",
            applicant_address=_by_lang(lang, "Алматы қ., Төле би к-сі, 55, 12-пәтер",
                                       "г. Алматы, ул. Толе би, 55, кв. 12"),
            executor_name="Әбілова Жанар Төлегенқызы", executor_phone="+7 727 292 00 03",
            grounds=sample_facts(lang).grounds, hearing=sample_facts(lang),
        ),
        "hearing_notice": sample_paper(lang, COLLEGE, HEAD, held=False),
        "hearing_protocol": sample_paper(lang, COLLEGE, HEAD, held=True),
        "journal": JournalData(college=COLLEGE, date_from=date(2026, 3, 1),
                               date_to=date(2026, 3, 31), rows=journal_rows,
                               printed_on=date(2026, 4, 1)),
        "duplicates_book": BookData(college=COLLEGE, date_from=date(2026, 1, 1),
                                    date_to=date(2026, 3, 31), rows=book_rows,
                                    printed_on=date(2026, 4, 1)),
        "statistics": sample_statistics(),
        "blank_stock": BlankStockReport(COLLEGE, date(2026, 3, 1), date(2026, 3, 31), (
            BlankStockRow("diploma", "ТКБ", 412, 500, 31, 2, 0, 879),
            BlankStockRow("appendix", "ТКБ-Қ", 96, 0, 12, 1, 1, 82),
        ), date(2026, 4, 1)),
        "write_off": WriteOffAct(COLLEGE, date(2026, 3, 1), date(2026, 3, 31), (
            WriteOffRow("diploma", "ТКБ", "0912041", date(2026, 3, 4),
                        _by_lang(lang, "Қағаз принтерде кептелді", "Замятие бумаги в принтере"),
                        "ТН-2026-0007", CLERK),
            WriteOffRow("diploma", "ТКБ", "0912055", date(2026, 3, 19),
                        _by_lang(lang, "Мәтін ығысып басылды", "Текст напечатан со сдвигом"),
                        "ТН-2026-0019", CLERK),
            WriteOffRow("appendix", "ТКБ-Қ", "0045012", date(2026, 3, 24),
                        _by_lang(lang, "Сия жайылды", "Растеклись чернила"),
                        "ТН-2026-0023", CLERK),
        ), date(2026, 4, 1)),
        "join_sheet": sample_join_sheet(lang, COLLEGE),
    }


def sample_statistics() -> Statistics:
    return Statistics(
        period=Period(date(2026, 1, 1), date(2026, 3, 31)),
        channels=("office", "state_corp", "portal", "home_visit"),
        received_by_channel={"office": 41, "state_corp": 12, "portal": 9, "home_visit": 1},
        documents=44, motivated_refusals=3, acceptance_refused=4, withdrawn=2, on_time=43,
        late=4, days_late=6, most_days_late=3, median_days=6.5, longest_days=17.25,
        unclaimed_returned=1, preliminary_decisions=4, hearings_held=4, hearings_to_document=1,
        hearings_to_refusal=3,
        executors=(ExecutorLine("3", "Әбілова Жанар Төлегенқызы", 30, 28, 2),
                   ExecutorLine("4", "Иванов Сергей Петрович", 15, 13, 2),
                   ExecutorLine(NO_EXECUTOR, "", 2, 2, 0)),
        months=(MonthLine(date(2026, 1, 1), 18, 12, 13, 12),
                MonthLine(date(2026, 2, 1), 21, 15, 16, 15),
                MonthLine(date(2026, 3, 1), 24, 17, 18, 16)),
    )


def _renderers() -> dict[str, Callable[[object, str], bytes]]:
    return {
        "receipt": render_receipt,
        "refusal_receipt": render_refusal_receipt,
        "certificate": render_certificate,
        "duplicate": render_duplicate,
        "duplicate_blank": render_duplicate_on_blank,
        "calibration": render_calibration,
        "motivated_refusal": render_motivated_refusal,
        "hearing_notice": render_hearing_notice,
        "hearing_protocol": render_hearing_protocol,
        "journal": render_journal,
        "duplicates_book": render_duplicates_book,
        "statistics": lambda data, lang: render_statistics(data, lang, college=COLLEGE,
                                                           printed_on=date(2026, 4, 1)),
        "blank_stock": render_blank_stock,
        "write_off": render_write_off_act,
        "join_sheet": render_join_sheet,
    }


FORM_NAMES = tuple(_renderers())


def render_samples(lang: str) -> dict[str, bytes]:
    """Every form rendered from sample data: {form name: PDF bytes}."""
    data = sample_data(lang)
    data["duplicate_blank"] = data["duplicate"]
    return {name: render(data[name], lang) for name, render in _renderers().items()}


# What a sample's made-up verification code is computed over (the app seals the whole fixed
# record instead, see services.snapshots).
def certificate_fields(data: CertificateData) -> dict[str, str]:
    """What a certificate's verification code certifies: change any of these and it changes."""
    return {
        "kind": "certificate",
        "reg_number": data.reg_number,
        "issued_on": data.issued_on.isoformat(),
        "iin": data.person.iin,
        "full_name": data.person.full_name,
        "study_from": data.study_from.isoformat(),
        "study_to": data.study_to.isoformat(),
        "specialty": f"{data.specialty_code} {data.specialty_name}",
        "course": str(data.course),
        "order": f"{data.expulsion_order_number} {data.expulsion_order_date.isoformat()}",
        "transcript": _transcript_text(data.transcript),
    }


def duplicate_fields(data: DuplicateData) -> dict[str, str]:
    """What a duplicate's verification code certifies."""
    return {
        "kind": "duplicate",
        "reg_number": data.reg_number,
        "issued_on": data.issued_on.isoformat(),
        "iin": data.person.iin,
        "name_as_written": data.name_as_written,
        "original": f"{data.original_series} {data.original_number}",
        "blank": f"{data.new_blank_series} {data.new_blank_number}",
        "book_number": data.book_number,
        "specialty": f"{data.specialty_code} {data.specialty_name}",
        "graduation_year": str(data.graduation_year),
        "honours": "1" if data.honours else "0",
        "transcript": _transcript_text(data.transcript),
    }


def _transcript_text(rows: list[TranscriptRow]) -> str:
    return "\n".join(
        f"{r.subject}\t{'' if r.hours is None else r.hours}\t"
        f"{'' if r.credits is None else r.credits}\t{r.grade}"
        for r in rows
    )
