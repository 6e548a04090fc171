"""Sample data of the hearing's papers (the notice, the protocol) and of what a motivated
refusal cites of its hearing, for the smoke run and the forms' tests."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.hearing_papers import CitedGround, HearingFacts, HearingPaperData
from desktop.domain.printables import CollegeInfo, Person


def _by_lang(lang: str, kk: str, ru: str) -> str:
    return kk if lang == "kk" else ru


def sample_facts(lang: str, *, held: bool = True) -> HearingFacts:
    ground = CitedGround(
        _by_lang(lang, "Білім беру ұйымының мұрағатында және берілген құжаттарды есепке алу "
                 "кітабында құжат түпнұсқасының көрсетілетін қызметті алушыға берілгені туралы "
                 "жазба жоқ",
                 "В архиве организации образования и в книге учета выданных документов нет "
                 "записи о выдаче оригинала документа услугополучателю"),
        _by_lang(lang, "«Мемлекеттік көрсетілетін қызметтер туралы» 2013 жылғы 15 сәуірдегі "
                 "№ 88-V Қазақстан Республикасы Заңының 19-1-бабының 2) тармақшасы",
                 "подпункт 2) статьи 19-1 Закона Республики Казахстан от 15 апреля 2013 года "
                 "№ 88-V «О государственных услугах»"))
    return HearingFacts(
        grounds=(ground,),
        motivation=_by_lang(lang, "Дипломдарды беру кітабында өтініш берушінің аты-жөні жоқ.",
                            "В книге выдачи дипломов фамилия заявителя не значится."),
        decided_on=date(2026, 3, 12), notice_number="3/2026",
        hearing_at=datetime(2026, 3, 16, 11, 0),
        hearing_place=_by_lang(lang, "Колледж, басшының қабылдау бөлмесі (204-кабинет)",
                               "Колледж, приемная руководителя (кабинет 204)"),
        rule_source=_by_lang(
            lang, "Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 73-бабы",
            "статья 73 Административного процедурно-процессуального кодекса Республики "
            "Казахстан"),
        hearing_within=2, notice_way="in_person", notice_on=date(2026, 3, 12),
        held_at=datetime(2026, 3, 16, 11, 40) if held else None,
        attendance="attended" if held else "",
        attendees=_by_lang(lang, "Өтініш беруші; колледж басшысы; орындаушы",
                           "Заявитель; руководитель колледжа; исполнитель") if held else "",
        position=_by_lang(lang, "Өтініш беруші 2019 жылы бітіргенін айтты, растайтын құжат "
                          "ұсынбады.", "Заявитель сообщил, что окончил колледж в 2019 году, "
                          "подтверждающих документов не представил.") if held else "",
        outcome="refusal" if held else "",
    )


def sample_paper(lang: str, college: CollegeInfo, head: str, *, held: bool) -> HearingPaperData:
    return HearingPaperData(
        college=college, reg_number="ТН-2026-0012", application_date=date(2026, 3, 2),
        applicant=Person("Үмбетова", "Гүлнұр", "Серікқызы", "060411600232"),
        applicant_address=_by_lang(lang, "Алматы қ., Төле би к-сі, 55, 12-пәтер",
                                   "г. Алматы, ул. Толе би, 55, кв. 12"),
        service="duplicate", head_name=head, executor_name="Әбілова Жанар Төлегенқызы",
        facts=sample_facts(lang, held=held),
    )
