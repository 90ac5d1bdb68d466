"""Reported speech as real copy lays it out (sixth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

from dixit.model import ExtractionRule


def test_a_quotation_paragraph_under_a_subheading_continues_the_speaker(nlp) -> None:
    text = (
        "Après la défaite de Valmont en coupe, l'entraîneur Marc Delorme s'est présenté "
        "devant la presse. « Nous n'avons rien à regretter », a-t-il déclaré.\n\n"
        "Un vestiaire soudé\n"
        "« Les joueurs ont tout donné jusqu'à la dernière minute. Nous reviendrons plus forts "
        "la saison prochaine, j'en suis convaincu. »\n"
    )
    first, second = extract(nlp, text)
    assert second.method == ExtractionRule.FLOATING
    assert second.content.startswith("Les joueurs ont tout donné")
    assert first.speaker is not None and second.speaker == first.speaker


def test_a_quotation_paragraph_with_no_statement_before_it_is_kept(nlp) -> None:
    text = (
        "« Je n'ai jamais demandé la fermeture de cette usine, et je ne la demanderai pas. »\n"
        "Le préfet Alain Couderc a rappelé mardi son attachement au site de Brévannes."
    )
    statements = extract(nlp, text)
    assert statements[0].method == ExtractionRule.FLOATING
    assert statements[0].content.startswith("Je n'ai jamais demandé")


def test_a_short_quoted_paragraph_is_a_slogan_not_a_statement(nlp) -> None:
    text = (
        "« Sauvons la gare de Brévannes »\n"
        "Une centaine d'habitants ont défilé samedi dans le centre-ville.\n"
    )
    assert extract(nlp, text) == []


def test_a_quoted_title_opening_a_paragraph_of_narration_is_no_statement(nlp) -> None:
    text = (
        "Le festival a ouvert ses portes vendredi.\n\n"
        "« Les jardins oubliés de la vallée et leurs anciens gardiens » est le titre de "
        "l'exposition installée dans la grange de la commune.\n"
    )
    assert extract(nlp, text) == []


def test_a_quotation_after_a_title_and_a_colon_is_a_statement(nlp) -> None:
    text = (
        "Un gymnase de Valmorel ravagé par un incendie : « C'est tout un quartier qui perd "
        "son lieu de vie »\n"
        "Le feu a pris dans la nuit de lundi à mardi.\n"
    )
    [statement] = extract(nlp, text)
    assert statement.content == "C'est tout un quartier qui perd son lieu de vie"
    assert statement.kind == "direct"


def test_a_short_quoted_name_after_a_title_and_a_colon_is_no_statement(nlp) -> None:
    text = (
        "Fête de la vallée à Valmorel : « Un été pas comme les autres »\n"
        "Le feu a pris dans la nuit de lundi à mardi.\n"
    )
    assert extract(nlp, text) == []


def test_an_adjective_of_a_political_family_made_a_noun_is_a_speaker(nlp) -> None:
    text = (
        "La centriste bretonne reconnaît que la majorité est fragile, mais souligne que "
        "le budget sera voté."
    )
    first, second = extract(nlp, text)
    assert (first.content, first.speaker_mention) == (
        "la majorité est fragile",
        "La centriste bretonne",
    )
    assert second.content == "le budget sera voté"


def test_an_adjective_made_a_noun_that_names_no_one_is_no_speaker(nlp) -> None:
    # "Le plus étonnant souligne que …": a quality made a noun, no political family.
    text = "Le plus étonnant souligne que la saison a été longue pour le club."
    assert extract(nlp, text) == []


def test_a_relative_clause_after_d_apres_lequel_is_the_antecedent_s_words(nlp) -> None:
    text = (
        "La ministre ne se sent pas visée par les propos du président du parti Karel Vos, "
        "d'après lequel le gouvernement aurait perdu son élan."
    )
    [statement] = extract(nlp, text)
    assert statement.method == ExtractionRule.PREPOSITION
    assert statement.content == "le gouvernement aurait perdu son élan"
    assert statement.speaker_mention == "Karel Vos"


def test_selon_lequel_inside_a_clause_of_narration_stops_at_its_main_verb(nlp) -> None:
    text = "Le rapport, selon lequel la dette atteindra un record en 2027, a été publié mardi."
    [statement] = extract(nlp, text)
    assert statement.content == "la dette atteindra un record en 2027"


def test_a_relative_clause_after_a_preposition_that_is_no_cue_reports_nothing(nlp) -> None:
    text = "Le texte sur lequel les députés ont travaillé sera voté mardi."
    assert extract(nlp, text) == []


def test_pour_qui_after_an_incise_gives_the_speaker_s_view(nlp) -> None:
    text = (
        "La réforme est une erreur, a poursuivi la même source pour qui cet appel traduit "
        "une caution au coup de force."
    )
    statements = extract(nlp, text)
    view = statements[-1]
    assert view.content == "cet appel traduit une caution au coup de force"
    assert view.speaker_mention == "la même source"


def test_pour_qui_after_the_object_of_narration_is_no_view(nlp) -> None:
    text = "La mairie a prévu une aide pour les familles pour qui la rentrée coûte cher."
    assert extract(nlp, text) == []


def test_se_plaindre_is_a_cue_of_an_incise(nlp) -> None:
    text = "« Ce sont toujours les mêmes questions », s'est plainte la conseillère Anne Vidal."
    [statement] = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert statement.speaker_mention == "la conseillère Anne Vidal"


def test_se_plaindre_of_a_noise_is_no_statement(nlp) -> None:
    text = "La conseillère s'est plainte du bruit toute la soirée."
    assert extract(nlp, text) == []


def test_rumours_with_no_one_behind_them_report_nothing(nlp) -> None:
    for text in (
        "La ministre a été interrogée sur les rumeurs selon lesquelles le parti chercherait "
        "à former un gouvernement d'urgence.",
        "Très récemment, une rumeur disait qu'il allait être muté à Brest.",
    ):
        assert extract(nlp, text) == [], text


def test_a_report_selon_lequel_names_its_source(nlp) -> None:
    text = (
        "À la suite d'informations du quotidien Le Matin selon lesquelles un incendie aurait "
        "été allumé à Vernoux, le parquet a ouvert une enquête."
    )
    [statement] = extract(nlp, text)
    assert statement.content == "un incendie aurait été allumé à Vernoux"


def test_reagir_is_a_cue_of_an_incise_inside_a_quotation(nlp) -> None:
    text = (
        "« En trente ans de métier, je n’ai jamais vu cela, a réagi l’avocate Lise Navarre. "
        "Nous sommes dans une impasse complète. »"
    )
    first, second = extract(nlp, text)
    assert first.content == "En trente ans de métier, je n’ai jamais vu cela"
    assert second.content == "Nous sommes dans une impasse complète."
    assert first.speaker_mention == "l’avocate Lise Navarre"


def test_reagir_to_a_decision_is_no_statement(nlp) -> None:
    text = "Le maire a réagi vivement à la décision du tribunal administratif."
    assert extract(nlp, text) == []
