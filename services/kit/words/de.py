"""The German phrasebook: what the offline provider writes in German, addressing readers as Sie."""

from __future__ import annotations

from services.kit.phrasebook import Interface, PageWords, Pair, Phrasebook, SectorWords, ToneWords


def _keywords(text: str) -> tuple[str, ...]:
    """Comma-separated keywords as a tuple (a keyword may hold a space: "food truck")."""
    return tuple(word.strip() for word in text.split(",") if word.strip())


SECTORS: dict[str, SectorWords] = {
    "food": SectorWords(
        keywords=_keywords(
            "restaurant, bistro, bäckerei, bäcker, backstube, konditorei, patisserie, feinkost, "
            "delikatessen, catering, caterer, partyservice, gasthaus, gaststätte, wirtshaus, "
            "trattoria, osteria, pizzeria, brasserie, metzgerei, fleischerei, weinstube, "
            "speiselokal, mittagstisch, kantine, brauhaus, sushi, tapas"
        ),
        label="Essen & Trinken",
        hero_headings=(
            "Schön, dass Sie da sind",
            "Essen in {location}",
            "Herzlich willkommen bei {name}",
        ),
        hero_lines=(
            "Entdecken Sie, was bei {name} auf den Tisch kommt.",
            "Schauen Sie vorbei und lassen Sie es sich schmecken.",
            "Schauen Sie vorbei oder fragen Sie uns vorab, was es gibt.",
        ),
        primary_action="Angebot ansehen",
        about_headings=("Was uns wichtig ist", "So arbeiten wir", "Hinter den Kulissen"),
        about_paragraphs=(
            "Bei uns steht das Essen im Mittelpunkt. Fragen Sie uns gern, was in einem Gericht "
            "steckt.",
            "Sagen Sie uns, was Sie mögen, was Sie nicht vertragen und was Sie planen. "
            "Vieles lässt sich einrichten, wenn wir es rechtzeitig wissen.",
            "Ob Sie spontan vorbeikommen oder etwas für einen besonderen Anlass planen: In "
            "{location} sind wir gern für Sie da.",
        ),
        offerings_headings=("Unser Angebot", "Was es bei uns gibt", "Das gibt es bei uns"),
        offerings_intro=(
            "Eine Auswahl dessen, was wir für Sie zubereiten.",
            "Ein Überblick über unser Angebot. Fragen Sie gern nach, was es gerade gibt.",
        ),
        offering_blurbs=(
            "Fragen Sie uns nach den Zutaten.",
            "Fragen Sie uns gern nach den Zutaten.",
            "Sprechen Sie uns an, wenn Sie etwas nicht vertragen.",
            "Gern beraten wir Sie bei der Auswahl.",
            "Sagen Sie uns, wenn Sie etwas vorbestellen möchten.",
        ),
        process_heading="So einfach geht's",
        steps=(
            Pair("Aussuchen", "Stöbern Sie in unserem Angebot oder fragen Sie nach Empfehlungen."),
            Pair(
                "Bestellen",
                "Bestellen Sie vor Ort oder melden Sie sich vorab, wenn Sie etwas Größeres planen.",
            ),
            Pair("Genießen", "Wir bereiten Ihre Bestellung zu. Lassen Sie es sich schmecken."),
        ),
        faq=(
            Pair(
                "Ich habe eine Allergie. Worauf muss ich achten?",
                "Sagen Sie uns bitte vor der Bestellung Bescheid. Wir informieren Sie über Zutaten "
                "und Allergene in unserem Angebot.",
            ),
            Pair(
                "Gibt es vegetarische oder vegane Speisen?",
                "Fragen Sie uns gern danach. Was gerade möglich ist, sagen wir Ihnen vor Ort oder "
                "auf Nachfrage.",
            ),
            Pair(
                "Kann ich für eine Feier bestellen?",
                "Sprechen Sie uns an und erzählen Sie uns, was Sie planen. Je früher wir davon "
                "wissen, desto besser können wir uns darauf einstellen.",
            ),
            Pair(
                "Kann ich vorab bestellen oder reservieren?",
                "Melden Sie sich gern vorher bei uns. Wir sagen Ihnen, was möglich ist, und planen "
                "mit Ihnen.",
            ),
            Pair(
                "Welche Zahlungsarten nehmen Sie an?",
                "Fragen Sie uns gern vorab oder vor Ort. Wir sagen Ihnen, wie Sie bei uns bezahlen "
                "können.",
            ),
        ),
        cta_headings=("Lust bekommen?", "Wir freuen uns auf Ihren Besuch", "Bis bald bei {name}"),
        cta_lines=(
            "Schauen Sie vorbei oder melden Sie sich, wenn Sie etwas vorbestellen möchten.",
            "Ob spontan oder geplant: Wir freuen uns auf Sie.",
            "Besuchen Sie uns in {location}, wir freuen uns auf Sie.",
        ),
        meta_descriptions=(
            "{name}: unser Angebot, unsere Öffnungszeiten und der Weg zu uns.",
            "{name} in {location}: unser Angebot und der Weg zu uns. Schauen Sie vorbei, wir "
            "freuen uns.",
        ),
        taglines=(
            "Guten Appetit",
            "Essen in {location}",
            "Essen, das Freude macht",
        ),
    ),
    "street_food": SectorWords(
        keywords=_keywords(
            "food truck, foodtruck, food-truck, streetfood, street food, street-food, imbiss, "
            "imbisswagen, imbissstand, eiswagen, marktstand, verkaufswagen, foodbike, kaffeemobil, "
            "grillwagen, crêpesstand, wochenmarkt, marktwagen"
        ),
        label="Streetfood",
        hero_headings=(
            "Streetfood zum Mitnehmen",
            "Essen auf die Hand",
            "Streetfood in {location}",
        ),
        hero_lines=(
            "Finden Sie heraus, wo {name} als Nächstes steht.",
            "Essen auf die Hand: Schauen Sie vorbei und probieren Sie.",
            "Unterwegs für Sie: Fragen Sie uns, wo Sie uns finden.",
        ),
        primary_action="Standort finden",
        about_headings=(
            "Unterwegs für Sie",
            "Was hinter {name} steckt",
            "Wer wir sind",
        ),
        about_paragraphs=(
            "Bei uns bekommen Sie Ihr Essen direkt dort, wo es zubereitet wird.",
            "Wo Sie uns als Nächstes finden, erfahren Sie hier oder auf Nachfrage. Halten Sie "
            "Ausschau nach uns.",
            "Sie planen ein Fest, eine Firmenfeier oder einen Markt? Fragen Sie an, ob wir auch "
            "zu Ihnen kommen können.",
            "Hier sind wir unterwegs: {location}.",
        ),
        offerings_headings=("Was es bei uns gibt", "Unsere Karte", "Auf die Hand"),
        offerings_intro=(
            "Das gibt es bei uns. Die Auswahl kann je nach Tag und Standort wechseln.",
            "Unsere Karte im Überblick. Fragen Sie uns gern nach den Zutaten.",
        ),
        offering_blurbs=(
            "Direkt auf die Hand.",
            "Fragen Sie uns gern nach den Zutaten.",
            "Solange der Vorrat reicht.",
            "Fragen Sie vor Ort, was es heute gibt.",
            "Fragen Sie uns gern danach.",
        ),
        process_heading="So kommen Sie an Ihr Essen",
        steps=(
            Pair("Finden", "Schauen Sie nach, wo wir gerade stehen."),
            Pair(
                "Bestellen",
                "Bestellen Sie direkt vor Ort. Fragen zu Zutaten beantworten wir gern.",
            ),
            Pair("Genießen", "Auf die Hand, für unterwegs oder für die Pause."),
        ),
        faq=(
            Pair(
                "Wo stehen Sie als Nächstes?",
                "Fragen Sie uns kurz, dann sagen wir Ihnen, wo Sie uns als Nächstes finden.",
            ),
            Pair(
                "Kann ich {name} für eine Veranstaltung buchen?",
                "Fragen Sie uns gern an. Nennen Sie uns Datum, Ort und die ungefähre Zahl der "
                "Gäste, dann sagen wir Ihnen, ob und wie es passt.",
            ),
            Pair(
                "Woher weiß ich, was in den Gerichten steckt?",
                "Fragen Sie uns einfach vor Ort. Wir geben Ihnen Auskunft über Zutaten und "
                "Allergene.",
            ),
            Pair(
                "Gibt es auch vegetarische Gerichte?",
                "Fragen Sie uns gern danach. Wir sagen Ihnen, was wir gerade anbieten.",
            ),
            Pair(
                "Kann ich mit Karte bezahlen?",
                "Sprechen Sie uns vor Ort an. Wir sagen Ihnen, welche Zahlungsarten möglich sind.",
            ),
        ),
        cta_headings=("Hunger bekommen?", "Bis bald bei {name}"),
        cta_lines=(
            "Schauen Sie nach, wo wir gerade stehen, oder fragen Sie uns einfach.",
            "Halten Sie Ausschau nach {name}, wir freuen uns auf Sie.",
            "Hier sind wir unterwegs: {location}. Halten Sie Ausschau nach uns.",
        ),
        meta_descriptions=(
            "{name}: Streetfood. Wo wir stehen und wie Sie uns für Ihr Fest anfragen.",
            "{name} in {location}: Essen auf die Hand. Hier erfahren Sie, wo wir stehen.",
        ),
        taglines=("Auf die Hand", "Streetfood in {location}", "Essen für unterwegs"),
    ),
    "cafe": SectorWords(
        keywords=_keywords(
            "café, cafe, kaffeehaus, kaffeebar, kaffeerösterei, rösterei, kaffee, espressobar, "
            "coffee, coffeeshop, teehaus, teestube, teeladen, teesalon, frühstückscafé, tortencafé"
        ),
        label="Café",
        hero_headings=(
            "Zeit für eine gute Tasse",
            "Auf einen Kaffee bei {name}",
            "Ihr Café in {location}",
        ),
        hero_lines=(
            "Kommen Sie vorbei und lassen Sie sich Zeit.",
            "Eine gute Tasse, in Ruhe getrunken: Willkommen bei {name}.",
            "Ihr Ort für eine kleine Pause vom Alltag.",
        ),
        primary_action="Karte ansehen",
        about_headings=("Was in die Tasse kommt", "Bei uns", "So machen wir das"),
        about_paragraphs=(
            "Bei uns dreht sich alles um Ihre Tasse. Sagen Sie uns einfach, wie Sie Ihren Kaffee "
            "mögen.",
            "Sie wissen noch nicht, was Sie möchten? Fragen Sie uns. Wir erzählen Ihnen gern, "
            "was hinter den einzelnen Sorten und Zubereitungen steckt.",
            "Ob auf dem Weg zur Arbeit oder für einen langen Nachmittag: Bei uns sind Sie "
            "willkommen.",
            "In {location} finden Sie bei uns einen Ort für eine kleine Pause.",
        ),
        offerings_headings=("Auf der Karte", "Kaffee, Tee und mehr", "Unser Angebot"),
        offerings_intro=(
            "Was wir für Sie zubereiten. Fragen Sie gern nach einer Empfehlung.",
            "Eine Auswahl von unserer Karte.",
        ),
        offering_blurbs=(
            "Fragen Sie uns, was es heute gibt.",
            "Fragen Sie uns nach einer Empfehlung.",
            "Gern auch zum Mitnehmen.",
            "Sagen Sie uns, wie Sie es am liebsten mögen.",
            "Fragen Sie nach den Zutaten, wir geben gern Auskunft.",
        ),
        process_heading="Ihr Besuch bei uns",
        steps=(
            Pair("Ankommen", "Kommen Sie vorbei, allein, zu zweit oder mit Freunden."),
            Pair("Auswählen", "Lassen Sie sich beraten oder bestellen Sie Ihren Favoriten."),
            Pair("Genießen", "Hier oder unterwegs: Nehmen Sie sich Ihre Zeit."),
        ),
        faq=(
            Pair(
                "Gibt es pflanzliche Milchalternativen?",
                "Fragen Sie an der Theke danach. Wir sagen Ihnen, was wir gerade da haben.",
            ),
            Pair(
                "Kann ich einen Tisch reservieren?",
                "Melden Sie sich vorab, wenn Sie mit einer größeren Gruppe kommen möchten. Wir "
                "sagen Ihnen, was möglich ist.",
            ),
            Pair(
                "Kann ich bei Ihnen arbeiten oder lernen?",
                "Sprechen Sie uns gern an. Wir sagen Ihnen, wann es bei uns meist ruhiger zugeht.",
            ),
            Pair(
                "Woher weiß ich, was in Kuchen und Snacks steckt?",
                "Fragen Sie uns nach den Zutaten. Über Allergene geben wir Ihnen gern Auskunft.",
            ),
            Pair(
                "Kann ich Kaffee oder Tee für zu Hause kaufen?",
                "Fragen Sie uns danach. Was wir zum Mitnehmen anbieten, zeigen wir Ihnen gern vor "
                "Ort.",
            ),
        ),
        cta_headings=("Zeit für eine Pause?", "Auf bald bei {name}"),
        cta_lines=(
            "Kommen Sie vorbei, wir setzen schon mal das Wasser auf.",
            "Schauen Sie bei uns vorbei, auf einen Kaffee oder einfach so.",
            "Wir freuen uns auf Sie in {location}.",
        ),
        meta_descriptions=(
            "{name}: Kaffee, Tee und eine kleine Pause vom Alltag. Unsere Karte und der Weg zu "
            "uns.",
            "{name} in {location}: Ihr Café für eine gute Tasse und eine kleine Pause.",
        ),
        taglines=("Zeit für eine gute Tasse", "Ihr Café in {location}", "Kaffee in Ruhe"),
    ),
    "dental": SectorWords(
        keywords=_keywords(
            "zahnarzt, zahnärzt, zahnarztpraxis, zahnmedizin, zahnheilkunde, zahnpraxis, "
            "zahnklinik, zahnzentrum, kieferorthopäd, kinderzahn, oralchirurg, implantolog, "
            "parodontolog, endodont, prophylaxe, dental, zahnreinigung, zahnersatz"
        ),
        label="Zahnarztpraxis",
        hero_headings=(
            "Willkommen bei {name}",
            "Für gesunde Zähne, ein Leben lang",
            "Ihre Zahnarztpraxis in {location}",
        ),
        hero_lines=(
            "Vereinbaren Sie Ihren Termin. Wir nehmen uns Zeit für Ihre Fragen.",
            "Wir erklären jeden Schritt, bevor wir behandeln.",
            "Fragen Sie uns zu jeder Behandlung, bevor sie beginnt.",
        ),
        primary_action="Termin vereinbaren",
        about_headings=("Unsere Praxis", "So arbeiten wir", "Ihr Besuch bei uns"),
        about_paragraphs=(
            "Bei uns steht Ihre Zahngesundheit im Mittelpunkt. Wir erklären Ihnen jeden "
            "Schritt und besprechen die Möglichkeiten gemeinsam mit Ihnen.",
            "Viele Menschen gehen nicht gern zum Zahnarzt. Sagen Sie uns, wenn Ihnen etwas "
            "Sorgen macht: Wir gehen in Ihrem Tempo vor und machen Pausen, wenn Sie sie brauchen.",
            "Vorsorge ist uns wichtig. Regelmäßige Kontrollen helfen, Probleme früh zu erkennen "
            "und größere Behandlungen zu vermeiden.",
            "Wir sind für Patientinnen und Patienten in und um {location} da.",
        ),
        offerings_headings=("Unsere Leistungen", "Behandlungen", "Was wir für Ihre Zähne tun"),
        offerings_intro=(
            "Ein Überblick über unsere Behandlungen. Was für Sie infrage kommt, klären "
            "wir im Gespräch.",
            "Von der Vorsorge bis zur Behandlung: das Angebot unserer Praxis.",
        ),
        offering_blurbs=(
            "Wir beraten Sie gern, ob diese Behandlung für Sie infrage kommt.",
            "Sprechen Sie uns bei Ihrem nächsten Termin darauf an.",
            "Ablauf und Möglichkeiten erklären wir Ihnen vorab.",
            "Was die Behandlung für Sie bedeutet, besprechen wir in Ruhe.",
            "Über die Kosten sprechen wir vor Beginn der Behandlung.",
        ),
        process_heading="So läuft Ihr Termin ab",
        steps=(
            Pair("Termin vereinbaren", "Melden Sie sich bei uns, telefonisch oder per E-Mail."),
            Pair(
                "Untersuchung und Gespräch",
                "Wir schauen uns Ihre Zähne an und besprechen mit Ihnen, was wir sehen.",
            ),
            Pair(
                "Behandlung",
                "Wenn eine Behandlung nötig ist, planen wir sie gemeinsam mit Ihnen.",
            ),
        ),
        faq=(
            Pair(
                "Ich komme zum ersten Mal. Was soll ich mitbringen?",
                "Bringen Sie bitte Ihre Versichertenkarte mit und, falls vorhanden, Unterlagen zu "
                "früheren Behandlungen und eine Liste Ihrer Medikamente.",
            ),
            Pair(
                "Ich habe Angst vor dem Zahnarzt. Was kann ich tun?",
                "Sagen Sie es uns schon bei der Terminvereinbarung und fragen Sie uns alles, was "
                "wir Ihnen vorab erklären sollen.",
            ),
            Pair(
                "Was mache ich bei akuten Zahnschmerzen?",
                "Rufen Sie uns an, wir versuchen, Sie so bald wie möglich zu sehen. Außerhalb der "
                "Sprechzeiten hilft Ihnen der zahnärztliche Notdienst in Ihrer Region.",
            ),
            Pair(
                "Übernimmt meine Krankenkasse die Kosten?",
                "Das hängt von der Behandlung und Ihrer Versicherung ab. Fragen Sie uns vor der "
                "Behandlung nach den Kosten.",
            ),
            Pair(
                "Behandeln Sie auch Kinder?",
                "Fragen Sie uns gern. Wir sagen Ihnen, wie wir Ihr Kind in unserer Praxis betreuen "
                "können.",
            ),
        ),
        cta_headings=("Zeit für Ihren nächsten Termin?", "Wir sind für Sie da"),
        cta_lines=(
            "Vereinbaren Sie Ihren nächsten Termin bei uns.",
            "Melden Sie sich, wir finden einen Termin, der zu Ihnen passt.",
            "Ihre Zahnarztpraxis in {location}: Wir freuen uns auf Sie.",
        ),
        meta_descriptions=(
            "{name}: Zahnarztpraxis für Vorsorge und Behandlung. Jetzt Termin vereinbaren.",
            "{name} in {location}: Zahnmedizin, verständlich erklärt. Jetzt Termin vereinbaren.",
        ),
        taglines=(
            "Fragen ausdrücklich erwünscht",
            "Gesunde Zähne, gut erklärt",
            "Ihre Zahnarztpraxis in {location}",
        ),
    ),
    "health": SectorWords(
        keywords=_keywords(
            "arzt, ärztin, ärzte, arztpraxis, hausarzt, hausärzt, allgemeinmedizin, kinderarzt, "
            "kinderärzt, frauenarzt, frauenärzt, gynäkolog, hautarzt, hautärzt, dermatolog, "
            "augenarzt, augenärzt, orthopäd, internist, medizin, klinik, physiotherap, "
            "krankengymnast, ergotherap, logopäd, psychotherap, psycholog, heilpraktik, osteopath, "
            "chiropraktik, therapie, therapeut, hebamme, podolog, massage, ernährungsberat"
        ),
        label="Gesundheit & Therapie",
        hero_headings=(
            "Willkommen bei {name}",
            "Zeit für Ihre Gesundheit",
            "Ihre Praxis in {location}",
        ),
        hero_lines=(
            "Wir hören zu, erklären verständlich und suchen mit Ihnen den passenden Weg.",
            "Vereinbaren Sie einen Termin, wir sind für Sie da.",
            "Wir nehmen uns Zeit für Ihre Fragen und Ihre Gesundheit.",
        ),
        primary_action="Termin vereinbaren",
        about_headings=("Unsere Praxis", "So arbeiten wir", "Was Sie bei uns erwartet"),
        about_paragraphs=(
            "Bei uns beginnt jede Behandlung mit einem Gespräch. Wir wollen verstehen, was "
            "Sie zu uns führt, bevor wir gemeinsam das weitere Vorgehen planen.",
            "Wir erklären Ihnen Befunde und Möglichkeiten in klaren Worten. Fragen sind "
            "ausdrücklich erwünscht, auch die, die Ihnen vielleicht klein vorkommen.",
            "Ihre Gesundheit ist etwas Persönliches. Alles, was Sie uns anvertrauen, behandeln "
            "wir vertraulich.",
            "Wir sind für Menschen in und um {location} da.",
        ),
        offerings_headings=("Unsere Leistungen", "Behandlungsangebot", "Wobei wir Ihnen helfen"),
        offerings_intro=(
            "Ein Überblick über unser Angebot. Was für Sie sinnvoll ist, besprechen wir "
            "persönlich.",
            "Welche Behandlung zu Ihnen passt, klären wir gemeinsam im Gespräch.",
        ),
        offering_blurbs=(
            "Sprechen Sie uns an, ob diese Leistung für Sie infrage kommt.",
            "Ablauf und Möglichkeiten besprechen wir vorab mit Ihnen.",
            "Wir beraten Sie gern persönlich.",
            "Was dabei auf Sie zukommt, erklären wir Ihnen verständlich.",
            "Fragen Sie uns, welche Unterlagen Sie dafür brauchen.",
        ),
        process_heading="So läuft es ab",
        steps=(
            Pair(
                "Termin vereinbaren", "Melden Sie sich bei uns und schildern Sie kurz Ihr Anliegen."
            ),
            Pair("Erstes Gespräch", "Wir nehmen uns Zeit, hören zu und untersuchen Sie."),
            Pair(
                "Gemeinsam weiter",
                "Wir besprechen mit Ihnen, wie es weitergeht, und planen die Behandlung.",
            ),
        ),
        faq=(
            Pair(
                "Brauche ich eine Überweisung?",
                "Das hängt von der Behandlung und Ihrer Versicherung ab. Fragen Sie uns bei der "
                "Terminvereinbarung, wir sagen Ihnen, was Sie brauchen.",
            ),
            Pair(
                "Was soll ich zum ersten Termin mitbringen?",
                "Bringen Sie bitte Ihre Versichertenkarte mit, dazu vorhandene Befunde, Arztbriefe "
                "und eine Liste Ihrer Medikamente.",
            ),
            Pair(
                "Übernimmt die Krankenkasse die Kosten?",
                "Das hängt von der Leistung und Ihrer Versicherung ab. Fragen Sie uns vorab, "
                "welche Kosten auf Sie zukommen können.",
            ),
            Pair(
                "Was mache ich, wenn ich einen Termin nicht wahrnehmen kann?",
                "Sagen Sie bitte so früh wie möglich ab. Dann kann jemand anderes den Termin "
                "nutzen.",
            ),
            Pair(
                "Was tue ich in einem Notfall?",
                "Wählen Sie in einem medizinischen Notfall sofort den Notruf. Außerhalb unserer "
                "Sprechzeiten hilft Ihnen der ärztliche Bereitschaftsdienst.",
            ),
        ),
        cta_headings=("Wir sind für Sie da", "Vereinbaren Sie einen Termin"),
        cta_lines=(
            "Melden Sie sich bei uns, wir finden gemeinsam einen Termin.",
            "Sie haben Fragen? Sprechen Sie uns an.",
            "Ihre Praxis in {location}: Wir freuen uns auf Sie.",
        ),
        meta_descriptions=(
            "{name}: Behandlung und Beratung mit Zeit für Ihre Fragen. Informationen und "
            "Terminvereinbarung.",
            "{name} in {location}: Ihre Praxis für Gesundheit und Therapie. Jetzt Termin "
            "vereinbaren.",
        ),
        taglines=("Fragen Sie uns", "Gesundheit im Gespräch", "Ihre Praxis in {location}"),
    ),
    "fitness": SectorWords(
        keywords=_keywords(
            "fitness, fitnessstudio, gym, yoga, yogastudio, pilates, personal trainer, personal "
            "training, personaltrain, krafttraining, kampfsport, boxstudio, boxclub, crossfit, "
            "sportstudio, trainingsstudio, functional training, calisthenics, "
            "indoor cycling, rückentraining, zumba, kletterhalle, boulderhalle, bouldern"
        ),
        label="Fitness & Training",
        hero_headings=(
            "Training, das zu Ihnen passt",
            "Stark werden bei {name}",
            "Ihr Training in {location}",
        ),
        hero_lines=(
            "Ob Sie neu anfangen oder schon lange trainieren: Bei uns finden Sie Ihren Rhythmus.",
            "Lernen Sie uns kennen und finden Sie das Training, das zu Ihnen passt.",
            "Training mit Anleitung und ohne Druck.",
        ),
        primary_action="Training anfragen",
        about_headings=("So trainieren wir", "Ihr Training, Ihr Tempo", "Wofür wir stehen"),
        about_paragraphs=(
            "Bei uns geht es nicht um Höchstleistung auf Kommando, sondern um Training, das "
            "Sie auf Dauer durchhalten.",
            "Wir zeigen Ihnen die Übungen, achten mit Ihnen auf die Ausführung und passen das "
            "Training an Ihr Niveau an. Fragen Sie jederzeit nach.",
            "Sie haben Beschwerden oder eine Verletzung hinter sich? Sagen Sie es uns vorher, "
            "dann nehmen wir darauf Rücksicht.",
        ),
        offerings_headings=("Unser Angebot", "Training und Kurse", "So trainieren Sie bei uns"),
        offerings_intro=(
            "Unser Angebot im Überblick. Wir beraten Sie gern, womit Sie am besten beginnen.",
            "Finden Sie das Training, das zu Ihren Zielen passt.",
        ),
        offering_blurbs=(
            "Angepasst an Ihr Niveau und Ihre Ziele.",
            "Fragen Sie uns, ob dieses Angebot zu Ihnen passt.",
            "Wir zeigen Ihnen, wie es geht.",
            "Sprechen Sie uns an, wir zeigen Ihnen den Einstieg.",
            "Mit Anleitung und in Ihrem Tempo.",
        ),
        process_heading="So starten Sie",
        steps=(
            Pair(
                "Kennenlernen",
                "Erzählen Sie uns, was Sie erreichen möchten und wo Sie gerade stehen.",
            ),
            Pair(
                "Plan finden",
                "Gemeinsam finden wir ein Training, das zu Ihren Zielen und Ihrem Alltag passt.",
            ),
            Pair(
                "Dranbleiben",
                "Wir begleiten Sie und passen das Training an, wenn sich etwas ändert.",
            ),
        ),
        faq=(
            Pair(
                "Ich habe lange keinen Sport gemacht. Kann ich trotzdem anfangen?",
                "Ja. Sagen Sie uns, wo Sie stehen, dann beginnen wir in einem Tempo, das für Sie "
                "passt.",
            ),
            Pair(
                "Was muss ich zum ersten Training mitbringen?",
                "Bequeme Kleidung, etwas zu trinken und ein Handtuch. Wenn Sie unsicher sind, "
                "fragen Sie uns vorher.",
            ),
            Pair(
                "Kann ich erst einmal reinschnuppern?",
                "Fragen Sie uns danach. Wir sagen Ihnen, wie Sie uns am besten kennenlernen.",
            ),
            Pair(
                "Ich habe gesundheitliche Beschwerden. Kann ich trotzdem mitmachen?",
                "Sprechen Sie im Zweifel vorher mit Ihrer Ärztin oder Ihrem Arzt und sagen Sie "
                "uns Bescheid. Dann stimmen wir das Training darauf ab.",
            ),
            Pair(
                "Wie funktioniert die Mitgliedschaft?",
                "Die Möglichkeiten und Bedingungen erklären wir Ihnen gern persönlich, bevor Sie "
                "sich entscheiden.",
            ),
        ),
        cta_headings=("Bereit für den ersten Schritt?", "Starten Sie mit uns"),
        cta_lines=(
            "Melden Sie sich bei uns und vereinbaren Sie Ihr erstes Training.",
            "Sagen Sie uns, was Sie vorhaben. Den Rest planen wir gemeinsam.",
            "Trainieren Sie mit uns in {location}.",
        ),
        meta_descriptions=(
            "{name}: Training mit Anleitung, angepasst an Ihr Niveau. Angebot, Ablauf und Kontakt.",
            "{name} in {location}: Fitness und Training für den Einstieg und für Fortgeschrittene.",
        ),
        taglines=("Training, das zu Ihnen passt", "In Ihrem Tempo", "Fitness in {location}"),
    ),
    "legal": SectorWords(
        keywords=_keywords(
            "kanzlei, anwaltskanzlei, rechtsanwaltskanzlei, rechtsanwalt, rechtsanwält, anwalt, "
            "anwält, fachanwalt, fachanwält, notar, notariat, rechtsberatung, rechtsbeistand, "
            "jurist, familienrecht, arbeitsrecht, mietrecht, strafrecht, erbrecht, verkehrsrecht, "
            "vertragsrecht, gesellschaftsrecht, baurecht, sozialrecht, medizinrecht, mediation"
        ),
        label="Kanzlei",
        hero_headings=(
            "Klarer Rat in rechtlichen Fragen",
            "Recht, verständlich erklärt",
            "Ihre Kanzlei in {location}",
        ),
        hero_lines=(
            "Wir hören zu, prüfen Ihre Lage und sagen Ihnen offen, welche Möglichkeiten Sie haben.",
            "{name} steht Ihnen mit klarem Rat zur Seite.",
            "Rechtlicher Rat, persönlich und verständlich.",
        ),
        primary_action="Beratung anfragen",
        about_headings=("Unsere Arbeitsweise", "Die Kanzlei", "Wie wir beraten"),
        about_paragraphs=(
            "Bei uns beginnt jedes Mandat mit einem Gespräch. Wir hören zu, ordnen Ihre "
            "Situation rechtlich ein und sagen Ihnen offen, wie wir sie einschätzen.",
            "Wir erklären Ihnen Schritte und Risiken in verständlicher Sprache und halten Sie auf "
            "dem Laufenden. So wissen Sie, woran Sie sind.",
            "Über die Kosten sprechen wir, bevor wir tätig werden. So gibt es keine "
            "Überraschungen.",
            "Wir beraten Mandantinnen und Mandanten in und um {location}.",
        ),
        offerings_headings=(
            "Wobei wir Sie unterstützen",
            "Unsere Schwerpunkte",
            "Beratung und Vertretung",
        ),
        offerings_intro=(
            "Womit {name} Sie unterstützt, im Überblick.",
            "Ein Überblick über unsere Tätigkeitsfelder. Ob wir Ihnen helfen können, klären wir "
            "im ersten Gespräch.",
        ),
        offering_blurbs=(
            "Wir beraten Sie zu Ihren Rechten und Möglichkeiten.",
            "Sprechen Sie uns an, wir prüfen Ihr Anliegen.",
            "Beratung und klare Einschätzungen.",
            "Eine erste Einschätzung erhalten Sie im Gespräch.",
            "Über die Kosten sprechen wir vorab.",
        ),
        process_heading="So gehen wir vor",
        steps=(
            Pair(
                "Kontakt aufnehmen",
                "Schildern Sie uns kurz Ihr Anliegen, telefonisch oder schriftlich.",
            ),
            Pair(
                "Erstgespräch",
                "Wir besprechen Ihre Situation, klären offene Fragen und nennen Ihnen die Kosten.",
            ),
            Pair(
                "Mandat",
                "Wenn Sie uns beauftragen, kümmern wir uns um Ihre Sache und halten Sie auf dem "
                "Laufenden.",
            ),
        ),
        faq=(
            Pair(
                "Was kostet eine Erstberatung?",
                "Das richtet sich nach Ihrem Anliegen. Fragen Sie uns nach den Kosten, bevor die "
                "Beratung beginnt.",
            ),
            Pair(
                "Welche Unterlagen soll ich mitbringen?",
                "Alles, was mit Ihrem Anliegen zu tun hat: Verträge, Schriftverkehr, Bescheide und "
                "Schreiben mit Fristen. Lieber zu viel als zu wenig.",
            ),
            Pair(
                "Übernimmt meine Rechtsschutzversicherung die Kosten?",
                "Das hängt von Ihrem Vertrag und dem Rechtsgebiet ab. Fragen Sie Ihre "
                "Versicherung oder sprechen Sie uns darauf an.",
            ),
            Pair(
                "Mir läuft eine Frist davon. Was tun?",
                "Melden Sie sich so schnell wie möglich und nennen Sie uns die Frist gleich zu "
                "Beginn. Dann wissen wir, wie eilig es ist.",
            ),
            Pair(
                "Bleibt mein Anliegen vertraulich?",
                "Ja. Alles, was Sie uns anvertrauen, unterliegt der beruflichen Schweigepflicht.",
            ),
        ),
        cta_headings=("Sprechen Sie mit uns", "Lassen Sie sich beraten"),
        cta_lines=(
            "Schildern Sie uns Ihr Anliegen. Wir melden uns und besprechen mit Ihnen das weitere "
            "Vorgehen.",
            "Vereinbaren Sie einen Termin für ein erstes Gespräch.",
            "Ihre Kanzlei in {location}: Wir sind für Sie da.",
        ),
        meta_descriptions=(
            "{name}: Rechtsberatung, klar und verständlich. Rechtsgebiete, Ablauf und Kontakt.",
            "{name} in {location}: Ihre Kanzlei für verständlichen Rechtsrat. Beratung anfragen.",
        ),
        taglines=(
            "Rechtsrat in klaren Worten",
            "Recht, verständlich erklärt",
            "Ihre Kanzlei in {location}",
        ),
    ),
    "finance": SectorWords(
        keywords=_keywords(
            "steuerberat, steuerkanzlei, steuerbüro, steuererklärung, buchhaltung, buchführung, "
            "buchhalter, lohnbuchhaltung, finanzbuchhaltung, lohnabrechnung, jahresabschluss, "
            "wirtschaftsprüf, versicherungsmakler, versicherungsberat, versicherungsbüro, "
            "versicherungsagentur, finanzberat, finanzplan, vermögensberat, vermögensverwalt, "
            "honorarberat, finanzdienstleist, baufinanzierung, altersvorsorge"
        ),
        label="Finanzen & Beratung",
        hero_headings=(
            "Ordnung in Ihren Finanzen",
            "Fragen Sie uns zu Ihren Zahlen",
            "Finanzberatung in {location}",
        ),
        hero_lines=(
            "Wir behalten Fristen, Belege und Zahlen im Blick, damit Sie sich auf das Wesentliche "
            "konzentrieren können.",
            "{name} berät Sie verständlich und vorausschauend.",
            "Persönliche Beratung, klare Zahlen und Fristen fest im Blick.",
        ),
        primary_action="Gespräch vereinbaren",
        about_headings=("So arbeiten wir", "Unsere Beratung", "Klar und vorausschauend"),
        about_paragraphs=(
            "Wir erklären Zahlen so, dass Sie sie verstehen. Sie wissen, was wir tun, "
            "warum wir es tun und was es kostet.",
            "Wir denken voraus: Fristen, Belege und Termine behalten wir im Blick und melden uns, "
            "bevor es eng wird.",
            "Ihre Unterlagen und Daten behandeln wir vertraulich. Wie Sie sie uns am einfachsten "
            "übermitteln, besprechen wir gemeinsam.",
        ),
        offerings_headings=(
            "Unsere Leistungen",
            "Wobei wir Sie unterstützen",
            "Beratung und Service",
        ),
        offerings_intro=(
            "Ein Überblick über unsere Leistungen. Was Sie konkret brauchen, klären wir "
            "im Gespräch.",
            "Von der laufenden Betreuung bis zur einzelnen Frage: So unterstützen wir Sie.",
        ),
        offering_blurbs=(
            "Wir klären gemeinsam, was Sie brauchen.",
            "Fragen Sie uns, was dazugehört.",
            "Sprechen Sie uns an, wir beraten Sie gern.",
            "Fristen und Unterlagen behalten wir für Sie im Blick.",
            "Über die Kosten sprechen wir vorab.",
        ),
        process_heading="So arbeiten wir zusammen",
        steps=(
            Pair(
                "Erstgespräch",
                "Wir lernen Ihre Situation kennen und klären, wobei Sie Unterstützung brauchen.",
            ),
            Pair("Angebot", "Sie erhalten ein klares Angebot, bevor wir loslegen."),
            Pair(
                "Zusammenarbeit",
                "Wir erledigen, was vereinbart ist, und melden uns, wenn Entscheidungen anstehen.",
            ),
        ),
        faq=(
            Pair(
                "Was kostet die Beratung?",
                "Das hängt vom Umfang ab. Fragen Sie uns nach den Kosten, bevor wir tätig werden.",
            ),
            Pair(
                "Welche Unterlagen brauche ich für das erste Gespräch?",
                "Bringen Sie mit, was Sie zur Hand haben: letzte Bescheide, Verträge, Belege. Was "
                "noch fehlt, klären wir gemeinsam.",
            ),
            Pair(
                "Kann ich Unterlagen auch digital einreichen?",
                "Fragen Sie uns danach. Wir besprechen mit Ihnen, wie Sie uns Unterlagen sicher "
                "und bequem übermitteln.",
            ),
            Pair(
                "Ich habe eine Frist verpasst. Was nun?",
                "Melden Sie sich so bald wie möglich. Oft lässt sich noch etwas tun, wenn man "
                "schnell handelt.",
            ),
            Pair(
                "Beraten Sie auch Privatpersonen?",
                "Sprechen Sie uns an. Wir sagen Ihnen offen, ob wir die richtige Anlaufstelle für "
                "Ihr Anliegen sind.",
            ),
        ),
        cta_headings=("Lassen Sie uns sprechen", "Mehr Klarheit bei Ihren Finanzen"),
        cta_lines=(
            "Vereinbaren Sie ein erstes Gespräch mit uns.",
            "Schildern Sie uns Ihr Anliegen, wir melden uns bei Ihnen.",
            "Ihre Ansprechpartner in {location}: Wir freuen uns auf Ihre Nachricht.",
        ),
        meta_descriptions=(
            "{name}: Beratung zu Finanzen, verständlich und vorausschauend. Leistungen und "
            "Kontakt.",
            "{name} in {location}: Ordnung in Ihren Finanzen. Vereinbaren Sie ein erstes Gespräch.",
        ),
        taglines=(
            "Ordnung in Ihren Finanzen",
            "Ihre Fragen zu Zahlen und Steuern",
            "Finanzberatung in {location}",
        ),
    ),
    "software": SectorWords(
        keywords=_keywords(
            "software, saas, apps, app-entwicklung, entwickler, programmier, api, sdk, open "
            "source, open-source, webanwendung, web-app, cloud, datenbank, devops, "
            "softwareentwicklung, künstliche intelligenz, machine learning, "
            "automatisierung, schnittstelle"
        ),
        label="Software",
        hero_headings=(
            "Sehen Sie, was die Software kann",
            "Weniger Handarbeit, mehr Überblick",
            "Lernen Sie {name} kennen",
        ),
        hero_lines=(
            "{name} nimmt Ihnen Routinearbeit ab, damit Sie sich auf das Wesentliche "
            "konzentrieren können.",
            "Entdecken Sie, was {name} kann, und entscheiden Sie selbst.",
        ),
        primary_action="Funktionen ansehen",
        about_headings=("Warum {name}", "Unser Ansatz", "Wie {name} entsteht"),
        about_paragraphs=(
            "Wir entwickeln {name} für den Arbeitsalltag: Was Sie oft brauchen, soll schnell "
            "erreichbar sein, und was Sie nicht brauchen, soll nicht im Weg stehen.",
            "Wir hören auf Rückmeldungen. Wenn Ihnen etwas fehlt oder etwas nicht so "
            "funktioniert, wie Sie es erwarten, sagen Sie es uns.",
            "Wie {name} mit Ihren Daten umgeht, erklären wir offen und verständlich.",
        ),
        offerings_headings=("Was {name} kann", "Funktionen", "Funktionen im Detail"),
        offerings_intro=(
            "Die wichtigsten Funktionen von {name} auf einen Blick.",
            "Was {name} für Sie erledigt, und wie.",
        ),
        offering_blurbs=(
            "Wir zeigen Ihnen gern, wie das funktioniert.",
            "Fragen Sie uns, wie das in Ihrem Fall aussieht.",
            "Gebaut für den Alltag, nicht für die Vorführung.",
            "Sagen Sie uns, was Ihnen noch fehlt.",
            "Einzelheiten erfahren Sie auf Nachfrage.",
        ),
        process_heading="So funktioniert's",
        steps=(
            Pair(
                "Kennenlernen",
                "Sehen Sie sich an, was die Software kann, und stellen Sie uns Ihre Fragen.",
            ),
            Pair(
                "Einrichten",
                "Richten Sie alles nach Ihren Anforderungen ein. Wir helfen, wenn Sie nicht "
                "weiterkommen.",
            ),
            Pair(
                "Loslegen",
                "Arbeiten Sie los und sagen Sie uns, was Ihnen noch fehlt.",
            ),
        ),
        faq=(
            Pair(
                "Brauche ich technische Vorkenntnisse?",
                "Das hängt davon ab, was Sie vorhaben. Sagen Sie uns, wo Sie stehen, wir zeigen "
                "Ihnen den passenden Einstieg.",
            ),
            Pair(
                "Wo werden meine Daten gespeichert?",
                "Fragen Sie uns, wie und wo Ihre Daten verarbeitet werden. Wir antworten Ihnen "
                "genau.",
            ),
            Pair(
                "Lässt sich {name} mit anderen Werkzeugen verbinden?",
                "Fragen Sie uns nach Ihrem konkreten Fall. Wir sagen Ihnen, welche Anbindungen es "
                "gibt.",
            ),
            Pair(
                "Wie bekomme ich Hilfe?",
                "Schreiben Sie uns an {email} und beschreiben Sie kurz, wobei Sie hängen. Wir "
                "helfen Ihnen weiter.",
            ),
            Pair(
                "Kann ich meine Daten exportieren?",
                "Fragen Sie uns danach. Wir erklären Ihnen, welche Exportmöglichkeiten es gibt.",
            ),
        ),
        cta_headings=("Bereit, {name} kennenzulernen?", "Sehen Sie selbst"),
        cta_lines=(
            "Lernen Sie {name} kennen und überzeugen Sie sich selbst.",
            "Stellen Sie uns Ihre Fragen. Wir zeigen Ihnen, wie {name} zu Ihrer Arbeit passt.",
        ),
        meta_descriptions=(
            "{name}: Software, die Ihnen Routinearbeit abnimmt. Funktionen, Einstieg und Kontakt.",
            "Lernen Sie {name} kennen: was die Software kann, wie sie funktioniert und wie Sie "
            "starten.",
        ),
        taglines=("Software für den Arbeitsalltag", "Weniger Aufwand, mehr Überblick"),
    ),
    "creative": SectorWords(
        keywords=_keywords(
            "design, designstudio, designbüro, grafik, grafikdesign, kommunikationsdesign, "
            "webdesign, fotograf, fotostudio, werbeagentur, agentur, kreativagentur, "
            "kreativstudio, illustrat, branding, videoprodukt, filmprodukt, typografie, "
            "mediengestalt, texter, werbefotograf, hochzeitsfotograf, fotoatelier"
        ),
        label="Kreative Arbeit",
        hero_headings=(
            "Ideen, sichtbar gemacht",
            "Gestaltung, die Ihre Geschichte erzählt",
            "Kreative Arbeit aus {location}",
        ),
        hero_lines=(
            "{name} entwickelt mit Ihnen, was Ihre Idee braucht: vom ersten Entwurf bis zum "
            "fertigen Ergebnis.",
            "Erzählen Sie uns von Ihrem Projekt: Wir sagen Ihnen, wie wir helfen können.",
            "Kreative Arbeit mit offenem Ohr für Ihre Ideen.",
        ),
        primary_action="Projekt anfragen",
        about_headings=("So arbeiten wir", "Unser Ansatz", "Hinter {name}"),
        about_paragraphs=(
            "Gute Gestaltung beginnt mit Zuhören. Bevor wir entwerfen, wollen wir verstehen, "
            "worum es Ihnen geht und wen Sie erreichen möchten.",
            "Wir arbeiten in klaren Schritten: Wir zeigen Ihnen früh erste Entwürfe, "
            "holen Ihr Feedback ein und entwickeln die Ideen gemeinsam mit Ihnen weiter.",
            "Sie wissen von Anfang an, was Sie erwartet: Umfang, Ablauf und Kosten besprechen "
            "wir, bevor die Arbeit beginnt.",
        ),
        offerings_headings=("Leistungen", "Was wir für Sie gestalten", "Unser Angebot"),
        offerings_intro=(
            "Ein Überblick über das, was wir für Sie umsetzen.",
            "Jedes Projekt ist anders. Hier sehen Sie, womit wir Sie unterstützen können.",
        ),
        offering_blurbs=(
            "Abgestimmt auf Ihr Projekt und Ihr Budget.",
            "Sprechen Sie uns an, wir zeigen Ihnen Beispiele.",
            "Von der Idee bis zur Umsetzung.",
            "Umfang und Ablauf besprechen wir vorab mit Ihnen.",
            "Erzählen Sie uns, was Sie vorhaben.",
        ),
        process_heading="So entsteht Ihr Projekt",
        steps=(
            Pair(
                "Gespräch", "Sie erzählen uns von Ihrem Vorhaben, wir stellen Fragen und hören zu."
            ),
            Pair("Entwurf", "Wir entwickeln erste Ideen und besprechen sie mit Ihnen."),
            Pair("Umsetzung", "Wir arbeiten Ihr Feedback ein und liefern das fertige Ergebnis."),
        ),
        faq=(
            Pair(
                "Was kostet ein Projekt?",
                "Das hängt vom Umfang ab. Fragen Sie uns nach einem Angebot, das zeigt, was "
                "enthalten ist.",
            ),
            Pair(
                "Wie lange dauert ein Projekt?",
                "Das hängt vom Umfang ab. Fragen Sie uns nach dem Zeitplan, wenn Sie uns von "
                "Ihrem Vorhaben erzählen.",
            ),
            Pair(
                "Was brauchen Sie von mir?",
                "Eine Beschreibung Ihres Vorhabens, Ihre Ziele und, falls vorhanden, Beispiele, "
                "die Ihnen gefallen. Den Rest erarbeiten wir gemeinsam.",
            ),
            Pair(
                "Wie viele Korrekturschleifen sind enthalten?",
                "Fragen Sie uns danach, bevor Sie zusagen, damit beide Seiten wissen, woran sie "
                "sind.",
            ),
            Pair(
                "Wer hat die Rechte an den Ergebnissen?",
                "Fragen Sie uns vorab, welche Nutzungsrechte Sie erhalten.",
            ),
        ),
        cta_headings=("Erzählen Sie uns von Ihrem Projekt", "Haben Sie ein Projekt im Kopf?"),
        cta_lines=(
            "Schreiben Sie uns ein paar Zeilen zu Ihrem Vorhaben, wir melden uns bei Ihnen.",
            "Von der ersten Idee bis zum fertigen Ergebnis: {name} begleitet Sie.",
        ),
        meta_descriptions=(
            "{name}: von der Idee bis zur Umsetzung. Leistungen, Ablauf und Kontakt auf einen "
            "Blick.",
            "{name} in {location}: kreative Arbeit, gemeinsam mit Ihnen entwickelt. Projekt "
            "anfragen.",
        ),
        taglines=(
            "Ideen, sichtbar gemacht",
            "Von der Idee zum Ergebnis",
            "Kreativ aus {location}",
        ),
    ),
    "retail": SectorWords(
        keywords=_keywords(
            "boutique, blumenladen, blumengeschäft, blumen, florist, floristik, buchhandlung, "
            "buchladen, concept store, concept-store, conceptstore, einzelhandel, fachgeschäft, "
            "ladengeschäft, onlineshop, online-shop, shop, modegeschäft, modeladen, bekleidung, "
            "geschenkeladen, geschenkartikel, spielwaren, schreibwaren, papeterie, weinhandlung, "
            "unverpackt, secondhand, second-hand, plattenladen, fahrradladen, fahrradgeschäft, "
            "eisenwaren, drogerie"
        ),
        label="Fachgeschäft",
        hero_headings=(
            "Schauen Sie sich um",
            "Schön, dass Sie vorbeischauen",
            "Ihr Fachgeschäft in {location}",
        ),
        hero_lines=(
            "Stöbern Sie in unserem Sortiment und lassen Sie sich beraten.",
            "Wir nehmen uns Zeit für Ihre Fragen und Wünsche.",
            "Schauen Sie vorbei, wir freuen uns auf Sie.",
        ),
        primary_action="Sortiment entdecken",
        about_headings=("Unser Laden", "Was uns wichtig ist", "Bei uns einkaufen"),
        about_paragraphs=(
            "Fragen Sie uns zu allem in unserem Sortiment: woher es kommt, wofür es gedacht ist "
            "und ob es zu Ihnen passt.",
            "Sie suchen etwas Bestimmtes oder ein Geschenk? Sprechen Sie uns an. Gute Beratung "
            "gehört für uns zum Einkaufen dazu.",
            "Ist etwas gerade nicht da, fragen Sie uns, ob wir es für Sie bestellen können.",
            "Schauen Sie in {location} bei uns vorbei und stöbern Sie in Ruhe.",
        ),
        offerings_headings=("Unser Sortiment", "Was Sie bei uns finden", "Aus unserem Laden"),
        offerings_intro=(
            "Ein Auszug aus unserem Sortiment. Im Laden gibt es noch mehr zu entdecken.",
            "Was wir führen, auf einen Blick. Fragen Sie gern nach.",
        ),
        offering_blurbs=(
            "Fragen Sie uns nach der aktuellen Auswahl.",
            "Wir beraten Sie gern.",
            "Auch als Geschenk eine schöne Wahl.",
            "Sprechen Sie uns an, wenn Sie etwas Bestimmtes suchen.",
            "Nicht vorrätig? Fragen Sie nach einer Bestellung.",
        ),
        process_heading="Einkaufen bei uns",
        steps=(
            Pair(
                "Vorbeischauen",
                "Besuchen Sie uns im Laden oder melden Sie sich mit Ihrer Frage.",
            ),
            Pair("Beraten lassen", "Wir helfen Ihnen, das Passende zu finden."),
            Pair(
                "Mitnehmen",
                "Nehmen Sie Ihren Einkauf gleich mit oder fragen Sie nach einer Bestellung.",
            ),
        ),
        faq=(
            Pair(
                "Können Sie Artikel für mich bestellen?",
                "Fragen Sie uns gern. Wir sagen Ihnen, was sich besorgen lässt und wann es "
                "ungefähr da ist.",
            ),
            Pair(
                "Kann ich etwas umtauschen?",
                "Bewahren Sie bitte den Kassenbon auf und sprechen Sie uns an. Die Bedingungen "
                "erklären wir Ihnen gern.",
            ),
            Pair(
                "Gibt es Gutscheine?",
                "Fragen Sie uns danach. Wir sagen Ihnen, welche Möglichkeiten es gibt.",
            ),
            Pair(
                "Verpacken Sie Geschenke?",
                "Sagen Sie uns beim Bezahlen Bescheid, wenn Sie etwas verschenken möchten. Wir "
                "schauen, was sich machen lässt.",
            ),
            Pair(
                "Kann ich auch telefonisch oder per E-Mail bestellen?",
                "Melden Sie sich gern und sagen Sie uns, was Sie suchen. Wir klären dann, wie Sie "
                "es am einfachsten bekommen.",
            ),
        ),
        cta_headings=("Schauen Sie vorbei", "Wir freuen uns auf Ihren Besuch"),
        cta_lines=(
            "Besuchen Sie uns und stöbern Sie in Ruhe.",
            "Sie haben eine Frage? Wir helfen Ihnen gern weiter.",
            "Sie finden uns in {location}.",
        ),
        meta_descriptions=(
            "{name}: ausgewähltes Sortiment und persönliche Beratung. Schauen Sie bei uns vorbei.",
            "{name} in {location}: Ihr Fachgeschäft mit Beratung, die sich Zeit nimmt.",
        ),
        taglines=(
            "Schauen Sie sich um",
            "Fragen Sie uns gern",
            "Ihr Fachgeschäft in {location}",
        ),
    ),
    "luxury": SectorWords(
        keywords=_keywords(
            "juwelier, juwelen, schmuck, goldschmied, silberschmied, uhrmacher, uhren, "
            "uhrenmanufaktur, haute couture, maßschneider, maßanfertigung, maßatelier, edelstein, "
            "diamant, trauringe, eheringe, juwelierhaus"
        ),
        label="Feine Handwerkskunst",
        hero_headings=(
            "Besuchen Sie uns",
            "Für Momente, die bleiben",
            "Besondere Stücke in {location}",
        ),
        hero_lines=(
            "Lassen Sie sich persönlich beraten, mit Zeit für Ihre Wünsche.",
            "Jedes Stück verdient Aufmerksamkeit. Ihre Wünsche auch.",
            "Vereinbaren Sie einen Termin und nehmen Sie sich Zeit.",
        ),
        primary_action="Termin vereinbaren",
        about_headings=("Unser Haus", "Handwerk und Beratung", "Die Kunst des Details"),
        about_paragraphs=(
            "Bei uns zählt das Detail. Wir nehmen uns Zeit für jedes Stück und für jede Frage, "
            "die Sie dazu haben.",
            "Gute Beratung beginnt mit Zuhören. Erzählen Sie uns, wofür Sie etwas suchen. Wir "
            "zeigen Ihnen, was dazu passt, ohne Eile und ohne Druck.",
            "Sie haben einen besonderen Wunsch? Sprechen Sie uns an. Was möglich ist, besprechen "
            "wir gern persönlich mit Ihnen.",
            "Für eine ausführliche Beratung empfehlen wir Ihnen einen Termin. Dann haben wir die "
            "Zeit, die Ihr Anliegen verdient.",
        ),
        offerings_headings=("Kollektionen", "Ausgewählte Stücke", "Unser Angebot"),
        offerings_intro=(
            "Eine Auswahl dessen, was wir Ihnen zeigen möchten. Vieles wirkt am besten im "
            "persönlichen Gespräch.",
            "Entdecken Sie unsere Stücke. Für jede Frage nehmen wir uns Zeit.",
        ),
        offering_blurbs=(
            "Am schönsten im persönlichen Gespräch.",
            "Auf Anfrage zeigen wir Ihnen mehr.",
            "Am besten persönlich anzusehen.",
            "Gern zeigen wir es Ihnen nach Vereinbarung.",
            "Fragen Sie uns nach den Einzelheiten.",
        ),
        process_heading="Ihr Besuch bei uns",
        steps=(
            Pair("Termin vereinbaren", "Melden Sie sich und nennen Sie uns kurz Ihren Wunsch."),
            Pair(
                "Beratung",
                "Wir nehmen uns Zeit, zeigen Ihnen ausgewählte Stücke und beantworten Ihre Fragen.",
            ),
            Pair(
                "Ihr Stück",
                "Sie entscheiden in Ruhe. Auch danach sind wir für Sie da.",
            ),
        ),
        faq=(
            Pair(
                "Brauche ich einen Termin?",
                "Für eine ausführliche Beratung empfehlen wir Ihnen einen Termin. So haben wir die "
                "Zeit, die Ihr Wunsch verdient.",
            ),
            Pair(
                "Fertigen Sie auch nach individuellen Wünschen?",
                "Sprechen Sie uns an. Was möglich ist, besprechen wir gern persönlich mit Ihnen.",
            ),
            Pair(
                "Übernehmen Sie Reparaturen und Pflege?",
                "Fragen Sie uns danach. Wir sagen Ihnen, was wir für Ihr Stück tun können.",
            ),
            Pair(
                "Kann ich mich vorab über Preise informieren?",
                "Preise besprechen wir gern persönlich, denn sie hängen vom jeweiligen Stück und "
                "Ihren Wünschen ab.",
            ),
            Pair(
                "Wird meine Anfrage vertraulich behandelt?",
                "Fragen Sie uns, wie wir mit Ihrer Anfrage umgehen. Wir erklären es Ihnen gern.",
            ),
        ),
        cta_headings=("Wir freuen uns auf Sie", "Ihr persönlicher Termin"),
        cta_lines=(
            "Nehmen Sie sich Zeit für eine persönliche Beratung bei uns.",
            "Erzählen Sie uns von Ihrem Wunsch, wir nehmen uns Zeit dafür.",
            "Besuchen Sie uns in {location}, am besten nach Vereinbarung.",
        ),
        meta_descriptions=(
            "{name}: besondere Stücke und persönliche Beratung. Vereinbaren Sie Ihren Termin.",
            "{name} in {location}: feine Handwerkskunst und Beratung mit Zeit für Ihre Wünsche.",
        ),
        taglines=("Besuch nach Vereinbarung", "Für Momente, die bleiben", "Feines aus {location}"),
    ),
    "trades": SectorWords(
        keywords=_keywords(
            "handwerksbetrieb, handwerker, meisterbetrieb, sanitär, installateur, heizung, shk, "
            "elektriker, elektroinstall, elektrotechnik, elektrobetrieb, dachdecker, malerbetrieb, "
            "malermeister, malerarbeiten, lackierer, tischler, schreiner, zimmerei, zimmermann, "
            "bauunternehm, baufirma, fliesenleger, fliesen, klempner, spengler, gartenbau, "
            "landschaftsbau, schlüsseldienst, trockenbau, bodenleger, parkett, fensterbau, "
            "metallbau, schlosserei, glaserei, glaser, gebäudereinig, umzugsunternehm, "
            "umzugsfirma, hausmeister"
        ),
        label="Handwerksbetrieb",
        hero_headings=(
            "Erst das Angebot, dann die Arbeit",
            "Erzählen Sie uns von Ihrem Vorhaben",
            "Ihr Handwerksbetrieb in {location}",
        ),
        hero_lines=(
            "Wir schauen uns alles an und sagen Ihnen, was nötig ist.",
            "Sie erhalten ein Angebot, bevor die Arbeit beginnt.",
            "Von der ersten Anfrage bis zur Übergabe.",
        ),
        primary_action="Angebot anfordern",
        about_headings=("So arbeiten wir", "Unser Betrieb", "Unser Vorgehen"),
        about_paragraphs=(
            "Bei uns beginnt jeder Auftrag mit einem genauen Blick. Wir hören zu, schauen uns "
            "alles an und erklären Ihnen, was wir vorschlagen und warum.",
            "Sie erhalten ein verständliches Angebot, bevor wir anfangen. Ändert sich unterwegs "
            "etwas, sprechen wir zuerst mit Ihnen.",
            "Während der Arbeit können Sie uns jederzeit fragen, wie es vorangeht und was als "
            "Nächstes kommt.",
            "Unser Einsatzgebiet: {location} und Umgebung.",
        ),
        offerings_headings=(
            "Unsere Leistungen",
            "Was wir für Sie erledigen",
            "Leistungen im Überblick",
        ),
        offerings_intro=(
            "Was wir für Sie übernehmen. Ihr Anliegen ist nicht dabei? Fragen Sie trotzdem.",
            "Ein Überblick über unsere Arbeiten. Wir beraten Sie gern vor Ort.",
        ),
        offering_blurbs=(
            "Fragen Sie uns nach einem Angebot.",
            "Wir beraten Sie gern vor Ort.",
            "Fragen Sie uns, was dazugehört.",
            "Wir erklären vorab, was nötig ist und warum.",
            "Beschreiben Sie uns Ihr Vorhaben, gern mit Fotos.",
        ),
        process_heading="So läuft Ihr Auftrag ab",
        steps=(
            Pair("Anfrage", "Beschreiben Sie uns kurz, worum es geht, gern mit Fotos."),
            Pair(
                "Besichtigung und Angebot",
                "Wir schauen uns alles an und schicken Ihnen ein verständliches Angebot.",
            ),
            Pair(
                "Ausführung",
                "Wir erledigen die Arbeit wie besprochen und gehen sie am Ende mit Ihnen durch.",
            ),
        ),
        faq=(
            Pair(
                "Übernehmen Sie auch kleine Aufträge?",
                "Fragen Sie uns gern. Wir sagen Ihnen offen, ob wir den Auftrag übernehmen können.",
            ),
            Pair(
                "Kostet die Besichtigung etwas?",
                "Fragen Sie uns bei Ihrer Anfrage danach, dann wissen Sie vorher, woran Sie sind.",
            ),
            Pair(
                "Wie schnell können Sie kommen?",
                "Das hängt von der Dringlichkeit und unserer Auslastung ab. Rufen Sie uns an, dann "
                "sagen wir Ihnen, wann wir es einrichten können.",
            ),
            Pair(
                "Was passiert, wenn während der Arbeit etwas Unerwartetes auftaucht?",
                "Fragen Sie uns vorab, wie wir in so einem Fall mit Ihnen Rücksprache halten.",
            ),
            Pair(
                "Kann ich Ihnen Fotos schicken?",
                "Gern. Fotos helfen uns, Ihr Anliegen einzuschätzen. Schicken Sie sie an {email}.",
            ),
        ),
        cta_headings=("Was können wir für Sie tun?", "Fordern Sie Ihr Angebot an"),
        cta_lines=(
            "Beschreiben Sie uns Ihr Vorhaben, wir melden uns für einen Termin.",
            "Rufen Sie uns an oder schreiben Sie uns, wir melden uns bei Ihnen.",
            "Für Aufträge in und um {location}: Melden Sie sich bei uns.",
        ),
        meta_descriptions=(
            "{name}: unsere Leistungen, der Ablauf eines Auftrags und Ihre Anfrage.",
            "{name} in {location}: Ihr Handwerksbetrieb. Beschreiben Sie uns Ihr Vorhaben.",
        ),
        taglines=(
            "Erst das Angebot, dann die Arbeit",
            "Sprechen Sie uns an",
            "Handwerk aus {location}",
        ),
    ),
    "tutoring": SectorWords(
        keywords=_keywords(
            "nachhilfe, sprachschule, musikschule, sprachkurs, sprachunterricht, unterricht, kurs, "
            "lernhilfe, lernstudio, lerntherapie, lehrer, lehrerin, lehrkraft, klavierunterricht, "
            "gitarrenunterricht, gesangsunterricht, musikunterricht, instrumentalunterricht, "
            "tanzschule, malschule, kunstschule, akademie, weiterbildung, schüler, "
            "prüfungsvorbereitung, hausaufgabenbetreuung, deutschkurs, integrationskurs"
        ),
        label="Unterricht & Kurse",
        hero_headings=(
            "Schritt für Schritt weiterkommen",
            "Lernen mit Geduld und Plan",
            "Unterricht und Kurse in {location}",
        ),
        hero_lines=(
            "Bei uns lernt jede und jeder im eigenen Tempo, mit klaren Zielen und persönlicher "
            "Begleitung.",
            "Vereinbaren Sie ein erstes Gespräch, wir finden gemeinsam den passenden Einstieg.",
            "Unterricht, abgestimmt auf Ihre Ziele.",
        ),
        primary_action="Unterricht anfragen",
        about_headings=("So unterrichten wir", "Unser Ansatz", "Lernen bei {name}"),
        about_paragraphs=(
            "Bei uns beginnt Lernen mit zwei Fragen: Wo stehen Sie, und wohin möchten Sie? "
            "Daraus entwickeln wir einen Plan, der zu Ihnen passt.",
            "Wir erklären, bis es sitzt, und üben so, dass es auch im Alltag und in der Prüfung "
            "trägt. Fortschritte machen wir sichtbar, damit die Motivation bleibt.",
            "Ob für Sie selbst oder für Ihr Kind: Sprechen Sie uns an, wir beraten Sie, welches "
            "Angebot passt.",
        ),
        offerings_headings=(
            "Unser Angebot",
            "Kurse und Unterricht",
            "Was Sie bei uns lernen können",
        ),
        offerings_intro=(
            "Unsere Angebote im Überblick. Welches passt, klären wir gern gemeinsam.",
            "Finden Sie den Unterricht, der zu Ihren Zielen passt.",
        ),
        offering_blurbs=(
            "Abgestimmt auf Niveau und Ziel.",
            "Fragen Sie uns nach freien Plätzen.",
            "Wir beraten Sie gern, ob dieses Angebot passt.",
            "Den passenden Einstieg finden wir gemeinsam.",
            "Fragen Sie uns nach Ablauf und Terminen.",
        ),
        process_heading="So starten Sie bei uns",
        steps=(
            Pair(
                "Kennenlernen",
                "Erzählen Sie uns, was Sie lernen möchten und wo Sie gerade stehen.",
            ),
            Pair("Planen", "Wir schlagen Ihnen ein passendes Angebot und einen Zeitplan vor."),
            Pair(
                "Loslegen",
                "Der Unterricht beginnt. Über die Fortschritte sprechen wir regelmäßig mit Ihnen.",
            ),
        ),
        faq=(
            Pair(
                "Für welches Niveau ist der Unterricht geeignet?",
                "Sagen Sie uns, wo Sie stehen. Wir prüfen, welches Angebot zu Ihrem Niveau passt.",
            ),
            Pair(
                "Kann ich eine Probestunde machen?",
                "Fragen Sie uns danach. Wir sagen Ihnen, wie Sie uns und den Unterricht am besten "
                "kennenlernen.",
            ),
            Pair(
                "Was passiert, wenn eine Stunde ausfallen muss?",
                "Sagen Sie bitte so früh wie möglich Bescheid. Fragen Sie uns bei der Anmeldung, "
                "wie Absagen geregelt sind.",
            ),
            Pair(
                "Wie erfahre ich, ob mein Kind Fortschritte macht?",
                "Fragen Sie uns, wie und wie oft wir Sie über den Stand informieren.",
            ),
            Pair(
                "Gibt es auch Unterricht online?",
                "Fragen Sie uns danach. Wir sagen Ihnen, in welcher Form wir unterrichten.",
            ),
        ),
        cta_headings=("Bereit für den nächsten Schritt?", "Lernen Sie uns kennen"),
        cta_lines=(
            "Melden Sie sich bei uns, wir finden gemeinsam den passenden Einstieg.",
            "Fragen Sie nach freien Plätzen und einem ersten Kennenlernen.",
            "Unterricht in {location}: Wir freuen uns auf Sie.",
        ),
        meta_descriptions=(
            "{name}: Unterricht mit Geduld und klarem Plan. Angebote, Ablauf und Anmeldung.",
            "{name} in {location}: Unterricht und Kurse, abgestimmt auf Ihre Ziele.",
        ),
        taglines=("Gemeinsam weiterkommen", "Lernen mit Plan", "Unterricht in {location}"),
    ),
    "hospitality": SectorWords(
        keywords=_keywords(
            "hotel, pension, gästehaus, gästezimmer, ferienwohnung, ferienhaus, ferienapartment, "
            "ferienhof, gasthof, hostel, jugendherberge, herberge, bed and breakfast, bed & "
            "breakfast, b&b, unterkunft, übernachtung, appartement, aparthotel, landhotel, "
            "boutique-hotel, boutiquehotel, zimmervermietung, privatzimmer, ferienzimmer"
        ),
        label="Unterkunft",
        hero_headings=(
            "Ankommen und wohlfühlen",
            "Willkommen bei {name}",
            "Gut schlafen in {location}",
        ),
        hero_lines=(
            "Ein gutes Bett, ein freundlicher Empfang und Tipps für Ihren Aufenthalt.",
            "Fragen Sie Ihren Aufenthalt direkt bei uns an.",
            "Eine Unterkunft zum Ankommen und Durchatmen.",
        ),
        primary_action="Zimmer anfragen",
        about_headings=("Bei uns zu Gast", "Ihr Aufenthalt", "Was Sie erwartet"),
        about_paragraphs=(
            "Bei uns sollen Sie gut ankommen. Wir sind für Ihre Fragen da und geben Ihnen gern "
            "Tipps für Ihren Aufenthalt.",
            "Ob eine Nacht auf der Durchreise oder ein paar Tage Auszeit: Sagen Sie uns, was Sie "
            "vorhaben, wir helfen bei der Planung.",
            "Sie haben besondere Wünsche zur Anreise oder zum Zimmer? Sagen Sie es uns vorher, "
            "dann kümmern wir uns darum, so gut es geht.",
            "Ein guter Ausgangspunkt, um die Gegend rund um {location} zu entdecken.",
        ),
        offerings_headings=("Zimmer und Leistungen", "Ihr Aufenthalt bei uns", "Unsere Zimmer"),
        offerings_intro=(
            "Was wir Ihnen für Ihren Aufenthalt bieten.",
            "Ein Überblick über Zimmer und Leistungen. Fragen Sie gern nach freien Terminen.",
        ),
        offering_blurbs=(
            "Fragen Sie nach der Verfügbarkeit für Ihre Reisedaten.",
            "Wir beraten Sie gern bei der Wahl.",
            "Einzelheiten erfahren Sie bei Ihrer Anfrage.",
            "Sagen Sie uns, wenn Sie besondere Wünsche haben.",
            "Fragen Sie uns, was im Preis enthalten ist.",
        ),
        process_heading="So buchen Sie bei uns",
        steps=(
            Pair("Anfragen", "Nennen Sie uns Ihre Reisedaten und die Zahl der Gäste."),
            Pair(
                "Bestätigung",
                "Wir prüfen, was frei ist, und melden uns mit allen Einzelheiten.",
            ),
            Pair(
                "Ankommen",
                "Wir freuen uns auf Sie. Bei Fragen zur Anreise sind wir für Sie da.",
            ),
        ),
        faq=(
            Pair(
                "Wann kann ich anreisen, und wann muss ich abreisen?",
                "Die Zeiten für An- und Abreise nennen wir Ihnen mit der Buchungsbestätigung. "
                "Fragen Sie gern, wenn Sie früher oder später kommen möchten.",
            ),
            Pair(
                "Gibt es Parkplätze?",
                "Fragen Sie uns bei der Buchung danach. Wir sagen Ihnen, wo Sie am besten parken.",
            ),
            Pair(
                "Sind Haustiere erlaubt?",
                "Sprechen Sie uns vor der Buchung an, dann klären wir das für Ihren Aufenthalt.",
            ),
            Pair(
                "Wie kann ich stornieren?",
                "Fragen Sie uns vor der Buchung nach den Stornobedingungen.",
            ),
            Pair(
                "Ist Frühstück inklusive?",
                "Was im Preis enthalten ist, sagen wir Ihnen bei Ihrer Anfrage.",
            ),
        ),
        cta_headings=("Planen Sie Ihren Aufenthalt", "Wir freuen uns auf Ihren Besuch"),
        cta_lines=(
            "Fragen Sie Ihre Reisedaten direkt bei uns an.",
            "Sagen Sie uns, wann Sie kommen möchten. Wir melden uns mit allen Einzelheiten.",
            "Ihre Unterkunft in {location}: Wir freuen uns auf Sie.",
        ),
        meta_descriptions=(
            "{name}: Ihre Unterkunft mit persönlichem Empfang. Zimmer, Anreise und direkte "
            "Anfrage.",
            "{name} in {location}: ankommen, durchatmen, gut schlafen. Fragen Sie direkt bei uns "
            "an.",
        ),
        taglines=(
            "Ankommen und wohlfühlen",
            "Gut schlafen, gut ankommen",
            "Übernachten in {location}",
        ),
    ),
    "nonprofit": SectorWords(
        keywords=_keywords(
            "gemeinnützig, stiftung, förderverein, hilfsverein, hilfsorganisation, hilfswerk, "
            "wohltätig, spende, spenden, ehrenamt, ehrenamtlich, tierschutz, tierheim, "
            "bürgerinitiative, nachbarschaftshilfe, ngo, non-profit, nonprofit, gemeinwohl, "
            "kulturverein, sportverein, vereins, e.v., flüchtlingshilfe, obdachlosenhilfe, "
            "selbsthilfe"
        ),
        label="Gemeinnützige Organisation",
        hero_headings=(
            "Gemeinsam mehr bewirken",
            "Helfen Sie mit",
            "Engagiert in {location}",
        ),
        hero_lines=(
            "Erfahren Sie, wofür sich {name} einsetzt und wie Sie mithelfen können.",
            "Jede Unterstützung zählt, ob mit Zeit, mit einer Spende oder indem Sie von uns "
            "erzählen.",
            "Engagement vor Ort: Machen Sie mit.",
        ),
        primary_action="Jetzt unterstützen",
        about_headings=("Wofür wir uns einsetzen", "Unsere Arbeit", "Wer wir sind"),
        about_paragraphs=(
            "Bei uns packen Menschen an, denen ein gemeinsames Anliegen am Herzen liegt. Hier "
            "erfahren Sie, woran wir arbeiten und wie Sie sich beteiligen können.",
            "Wofür Spenden eingesetzt werden, erklären wir Ihnen gern. Fragen Sie uns einfach.",
            "Helfen kann jede und jeder: mit Zeit, mit Wissen, mit einer Spende oder einfach, "
            "indem Sie von uns erzählen.",
            "Wir sind in {location} aktiv und freuen uns über Unterstützung aus der Nachbarschaft.",
        ),
        offerings_headings=("Unsere Arbeit", "Was wir tun", "Unsere Projekte"),
        offerings_intro=(
            "Woran wir arbeiten und wo Sie helfen können.",
            "Hier sehen Sie, wofür wir uns einsetzen und wo Unterstützung gebraucht wird.",
        ),
        offering_blurbs=(
            "Fragen Sie uns, wie Sie hier helfen können.",
            "Mit Ihrer Unterstützung geht es weiter.",
            "Mehr erzählen wir Ihnen gern persönlich.",
            "Jede Unterstützung hilft hier weiter.",
            "Sprechen Sie uns an, wenn Sie mitmachen möchten.",
        ),
        process_heading="So können Sie helfen",
        steps=(
            Pair("Informieren", "Lernen Sie unsere Arbeit kennen und stellen Sie uns Ihre Fragen."),
            Pair(
                "Entscheiden",
                "Spenden, mitmachen oder weitersagen: Wählen Sie, was zu Ihnen passt.",
            ),
            Pair(
                "Dabei sein",
                "Auf Wunsch halten wir Sie auf dem Laufenden, was Ihre Unterstützung bewirkt.",
            ),
        ),
        faq=(
            Pair(
                "Wofür werden Spenden verwendet?",
                "Spenden fließen in unsere Arbeit. Fragen Sie uns, wenn Sie Genaueres wissen "
                "möchten.",
            ),
            Pair(
                "Wie kann ich ehrenamtlich mitmachen?",
                "Melden Sie sich bei uns und erzählen Sie uns, wie viel Zeit Sie haben und was Sie "
                "gern tun. Wir schauen gemeinsam, was passt.",
            ),
            Pair(
                "Erhalte ich eine Spendenbescheinigung?",
                "Fragen Sie uns danach. Wir sagen Ihnen, ob und wie wir eine "
                "Zuwendungsbestätigung ausstellen können.",
            ),
            Pair(
                "Kann ich auch ohne Geld helfen?",
                "Ja. Mit Ihrer Zeit, Ihrem Wissen oder indem Sie von uns erzählen. Fragen Sie uns, "
                "was gerade gebraucht wird.",
            ),
            Pair(
                "Kann ich Mitglied werden?",
                "Sprechen Sie uns an. Wir erklären Ihnen, wie Sie sich dauerhaft bei uns "
                "engagieren können.",
            ),
        ),
        cta_headings=("Helfen Sie mit", "Werden Sie Teil unserer Arbeit"),
        cta_lines=(
            "Unterstützen Sie unsere Arbeit mit einer Spende oder mit Ihrer Zeit.",
            "Ob Spende, Mitarbeit oder ein gutes Wort: Jede Unterstützung zählt.",
            "Engagieren Sie sich mit uns in {location}.",
        ),
        meta_descriptions=(
            "{name}: Erfahren Sie, wofür wir uns einsetzen und wie Sie mit Spende oder Zeit "
            "helfen.",
            "{name} in {location}: gemeinsam anpacken. Unsere Arbeit, Spenden und Mitmachen.",
        ),
        taglines=("Gemeinsam anpacken", "Helfen, wo es zählt", "Engagiert in {location}"),
    ),
    "generic": SectorWords(
        keywords=(),
        label="Unternehmen",
        hero_headings=(
            "Willkommen bei {name}",
            "Schön, dass Sie hier sind",
            "Für Sie da in {location}",
        ),
        hero_lines=(
            "Erfahren Sie, was {name} für Sie tun kann, und sprechen Sie uns an.",
            "Hier finden Sie alles Wichtige über {name} und wie Sie uns erreichen.",
            "Schauen Sie sich um und sprechen Sie uns an.",
        ),
        primary_action="Kontakt aufnehmen",
        about_headings=("Wer wir sind", "So arbeiten wir", "Was uns wichtig ist"),
        about_paragraphs=(
            "Sie möchten mehr über uns wissen? Fragen Sie uns, wir antworten Ihnen gern.",
            "Hier finden Sie das Wichtigste über {name}. Was hier fehlt, beantworten wir Ihnen "
            "gern persönlich.",
            "Sie haben eine Frage, die hier nicht beantwortet wird? Sprechen Sie uns an, wir "
            "helfen Ihnen gern weiter.",
            "Für wen wir da sind: {audience}. Sie sind nicht sicher, ob wir zu Ihnen passen? "
            "Fragen Sie uns einfach.",
        ),
        offerings_headings=("Unser Angebot", "Was wir für Sie tun", "Leistungen"),
        offerings_intro=(
            "Ein Überblick über das, was wir anbieten.",
            "Was wir für Sie tun können, auf einen Blick.",
        ),
        offering_blurbs=(
            "Sprechen Sie uns an, wir beraten Sie gern.",
            "Fragen Sie uns nach den Einzelheiten.",
            "Mehr dazu auf Nachfrage.",
            "Was genau dazugehört, klären wir im Gespräch.",
            "Erzählen Sie uns, was Sie vorhaben.",
        ),
        process_heading="So arbeiten wir zusammen",
        steps=(
            Pair("Kontakt", "Melden Sie sich und schildern Sie kurz Ihr Anliegen."),
            Pair(
                "Gespräch",
                "Wir besprechen, was Sie brauchen, und machen Ihnen einen Vorschlag.",
            ),
            Pair(
                "Wie es weitergeht",
                "Gemeinsam klären wir die nächsten Schritte.",
            ),
        ),
        faq=(
            Pair(
                "Wie läuft die erste Kontaktaufnahme ab?",
                "Melden Sie sich und schildern Sie kurz Ihr Anliegen. Wir melden uns und "
                "besprechen mit Ihnen das weitere Vorgehen.",
            ),
            Pair(
                "Was kostet es?",
                "Fragen Sie uns, wir nennen Ihnen die Preise für das, was Sie interessiert.",
            ),
            Pair(
                "Ist Ihr Angebot das Richtige für mich?",
                "Erzählen Sie uns von Ihrem Anliegen. Wir sagen Ihnen offen, ob wir die Richtigen "
                "dafür sind.",
            ),
            Pair(
                "Kann ich Sie auch kurzfristig erreichen?",
                "Versuchen Sie es gern. Wir melden uns so bald wie möglich bei Ihnen.",
            ),
            Pair(
                "Kann ich Ihnen vorab Unterlagen schicken?",
                "Gern. Schicken Sie alles, was uns hilft, Ihr Anliegen zu verstehen, an {email}.",
            ),
        ),
        cta_headings=("Sprechen Sie uns an", "Wir freuen uns auf Sie"),
        cta_lines=(
            "Melden Sie sich bei uns, wir sind gern für Sie da.",
            "Schildern Sie uns Ihr Anliegen, wir melden uns bei Ihnen.",
            "Für Sie da in {location}: Wir freuen uns auf Ihre Nachricht.",
        ),
        meta_descriptions=(
            "{name}: Erfahren Sie, was wir anbieten, wie wir arbeiten und wie Sie uns erreichen.",
            "{name} in {location}: Angebot, Arbeitsweise und Kontakt auf einen Blick.",
        ),
        taglines=("Für Sie da", "Sprechen Sie uns an", "Ihr Ansprechpartner in {location}"),
    ),
}

# Page headings differ from the titles a page usually has ("Kontakt", "Spenden"), since the
# title already stands in the navigation, and from the section headings on the same page.
PAGES: dict[str, PageWords] = {
    "contact": PageWords(
        keywords=_keywords(
            "kontakt, kontaktformular, kontaktieren, kontaktdaten, kontakt-anfahrt, "
            "schreiben-sie-uns, besuchen-sie-uns, besuch, ihr-besuch, anfrage, anfragen, "
            "angebot-anfordern, offnungszeiten, oeffnungszeiten, sprechzeiten, erreichbarkeit, "
            "so-erreichen-sie-uns"
        ),
        headings=(
            "Wir freuen uns auf Ihre Nachricht",
            "Nehmen Sie Kontakt auf",
            "Ihr Draht zu uns",
        ),
        intros=(
            "Sie haben eine Frage oder ein Anliegen? Hier finden Sie alle Wege zu uns.",
            "Ob Frage, Anfrage oder Rückmeldung: Hier finden Sie alles, was Sie dafür brauchen.",
        ),
        descriptions=(
            "Kontakt zu {name}: Hier finden Sie alle Wege, uns zu erreichen. Wir freuen uns auf "
            "Ihre Nachricht.",
            "{name} in {location}: Adresse, Kontaktdaten und alles, was Sie für Ihre Anfrage "
            "brauchen.",
        ),
    ),
    "offerings": PageWords(
        keywords=_keywords(
            "angebot, angebote, unser-angebot, leistungen, leistung, dienstleistungen, "
            "leistungsspektrum, services, service, speisekarte, speisen, gerichte, getranke, "
            "getraenke, getrankekarte, getraenkekarte, karte, weine, weinkarte, tageskarte, "
            "mittagstisch, "
            "mittagskarte, menu, menue, menus, produkte, sortiment, shop, behandlungen, "
            "behandlungsspektrum, therapien, kurse, kursangebot, unterricht, zimmer, "
            "zimmer-suiten, "
            "suiten, apartments, ferienwohnungen, rechtsgebiete, tatigkeitsgebiete, "
            "taetigkeitsgebiete, schwerpunkte, kollektion, kollektionen, sorten, eissorten, "
            "torten, kuchen, backwaren, catering, losungen, loesungen, was-wir-tun, "
            "was-wir-machen, was-wir-bieten"
        ),
        headings=("Was wir für Sie tun", "Das bieten wir Ihnen"),
        intros=(
            "Hier finden Sie, was wir anbieten. Fragen Sie uns gern, wenn Sie etwas nicht finden.",
            "{page} bei {name}: ein Überblick. Für Fragen sind wir gern für Sie da.",
        ),
        descriptions=(
            "{page} bei {name}: Entdecken Sie unser Angebot und finden Sie, was zu Ihnen passt.",
            "Das Angebot von {name} in {location} im Überblick. Fragen Sie uns gern, wir beraten "
            "Sie.",
        ),
    ),
    "pricing": PageWords(
        keywords=_keywords(
            "preise, preis, preisliste, tarife, tarif, kosten, honorar, honorare, gebuhren, "
            "gebuehren, mitgliedschaft, mitgliedschaften, pakete, preismodelle, abo, abos, "
            "konditionen, pricing, preise-tarife, preise-leistungen"
        ),
        headings=("Preise und Konditionen", "Woran Sie bei uns sind", "Was es kostet"),
        intros=(
            "Sie möchten wissen, woran Sie sind? Fragen Sie uns, wir nennen Ihnen die Konditionen "
            "für Ihren Bedarf.",
            "Über Kosten sprechen wir offen, und zwar bevor Sie sich entscheiden.",
        ),
        descriptions=(
            "Preise und Konditionen bei {name}: Fragen Sie uns, wir nennen Ihnen die Kosten für "
            "Ihren Bedarf.",
            "{page} bei {name}: was Sie vorab über Kosten und Konditionen wissen sollten.",
        ),
    ),
    "about": PageWords(
        keywords=_keywords(
            "uber-uns, ueber-uns, uber-mich, ueber-mich, wir-uber-uns, wir-ueber-uns, philosophie, "
            "geschichte, unsere-geschichte, leitbild, werte, unsere-werte, mission, vision, "
            "haltung, konzept, ansatz, arbeitsweise, unternehmen, das-sind-wir, wer-wir-sind, "
            "praxis, die-praxis, unsere-praxis, kanzlei, die-kanzlei, studio, atelier, das-haus, "
            "unser-haus, about"
        ),
        headings=("Was uns antreibt", "Die Idee hinter {name}", "Wofür wir stehen"),
        intros=(
            "Lernen Sie uns kennen: wer wir sind, wie wir arbeiten und was uns wichtig ist.",
            "Hinter unserer Arbeit stehen Menschen, die sie gern machen. Hier erfahren Sie mehr "
            "über uns.",
        ),
        descriptions=(
            "Über {name}: wer wir sind, wie wir arbeiten und was uns wichtig ist. Lernen Sie uns "
            "kennen.",
            "Lernen Sie {name} in {location} kennen: unsere Arbeitsweise, unsere Werte und die "
            "Menschen dahinter.",
        ),
    ),
    "team": PageWords(
        keywords=_keywords(
            "team, unser-team, das-team, praxisteam, kanzleiteam, mitarbeiter, mitarbeitende, "
            "mitarbeiterinnen, menschen, personen, ansprechpartner, ansprechpartnerin, trainer, "
            "trainerinnen, lehrer, lehrkrafte, lehrkraefte, dozenten, dozentinnen, anwalte, "
            "anwaelte, arzte, aerzte, therapeuten, kopfe, koepfe, kollegium"
        ),
        headings=("Wer für Sie da ist", "Persönlich für Sie da", "Mit wem Sie es zu tun haben"),
        intros=(
            "Sie möchten wissen, mit wem Sie es zu tun haben? Sprechen Sie uns an.",
            "Lernen Sie uns persönlich kennen, am besten im Gespräch.",
        ),
        descriptions=(
            "{name}: Wer wir sind und wie Sie uns erreichen. Lernen Sie uns kennen, am besten im "
            "Gespräch.",
            "{name} in {location}: Lernen Sie uns kennen, am besten im persönlichen Gespräch.",
        ),
    ),
    "reviews": PageWords(
        keywords=_keywords(
            "bewertungen, bewertung, kundenstimmen, stimmen, erfahrungen, erfahrungsberichte, "
            "rezensionen, feedback, gastestimmen, gaestestimmen, patientenstimmen, testimonials, "
            "meinungen, kundenmeinungen, das-sagen-unsere-kunden, gastebuch, gaestebuch"
        ),
        headings=("Erfahrungen mit {name}", "Ihre Rückmeldung", "Ihre Meinung zählt"),
        intros=(
            "Ihre Rückmeldung ist uns wichtig. Erzählen Sie uns gern, wie Sie uns erlebt haben.",
            "Wie war es bei uns? Wir freuen uns über jede Rückmeldung, ob Lob oder Kritik.",
        ),
        descriptions=(
            "Erfahrungen mit {name}: So sagen Sie uns Ihre Meinung, ob Lob oder Kritik.",
            "{name} in {location}: Erzählen Sie uns, wie Sie uns erlebt haben, und wie Sie uns "
            "erreichen.",
        ),
    ),
    "gallery": PageWords(
        keywords=_keywords(
            "galerie, bildergalerie, gallery, bilder, fotos, foto, impressionen, einblicke, "
            "portfolio, arbeiten, unsere-arbeiten, projekte, referenzen, werke, showroom"
        ),
        headings=("Galerie", "Illustrationen", "In Farbe"),
        intros=(
            "Illustrationen im Stil von {name}.",
            "Ein paar Illustrationen zur Einstimmung.",
        ),
        descriptions=(
            "{page}: Illustrationen im Stil von {name} und wie Sie uns erreichen, wenn Sie mehr "
            "über unser Angebot wissen möchten.",
            "{page} von {name} in {location}: Illustrationen zur Einstimmung und der Weg zu uns "
            "für Ihre Fragen.",
        ),
    ),
    "faq": PageWords(
        keywords=_keywords(
            "faq, faqs, fragen, haufige-fragen, haeufige-fragen, fragen-antworten, "
            "fragen-und-antworten, hilfe, gut-zu-wissen, wissenswertes, support"
        ),
        headings=(
            "Ihre Fragen, unsere Antworten",
            "Was Sie vorab wissen sollten",
            "Kurz beantwortet",
        ),
        intros=(
            "Hier beantworten wir die Fragen, die wir am häufigsten hören. Ihre ist nicht dabei? "
            "Fragen Sie uns.",
            "Antworten auf häufige Fragen. Für alles andere sind wir persönlich für Sie da.",
        ),
        descriptions=(
            "Häufige Fragen zu {name}: Antworten rund um Angebot, Ablauf und Kontakt, kurz und "
            "verständlich.",
            "{page} bei {name}: Antworten auf die Fragen, die uns am häufigsten erreichen.",
        ),
    ),
    "booking": PageWords(
        keywords=_keywords(
            "termin, terminvereinbarung, termin-vereinbaren, termin-buchen, online-termin, "
            "buchen, buchung, online-buchen, jetzt-buchen, zimmer-buchen, tisch-reservieren, "
            "reservierung, reservierungen, reservieren, anmeldung, anmelden, verfugbarkeit, "
            "verfuegbarkeit"
        ),
        headings=("Ihre Anfrage bei {name}", "Ihr Wunschtermin", "Wann passt es Ihnen?"),
        intros=(
            "Ein paar Angaben genügen, den Rest klären wir mit Ihnen.",
            "Reservieren, buchen oder einen Termin vereinbaren: So geht es bei uns.",
        ),
        descriptions=(
            "{page} bei {name}: So fragen Sie Ihren Termin direkt bei uns an, einfach und ohne "
            "Umwege.",
            "Ihre Anfrage bei {name} in {location}: So vereinbaren, buchen oder reservieren Sie "
            "bei uns.",
        ),
        body=(
            "Nennen Sie uns Ihren Wunschtermin und Ihr Anliegen. Wir prüfen, was möglich ist, und "
            "melden uns mit einer Bestätigung oder einem Vorschlag.",
            "Telefonisch erreichen Sie uns unter {phone}.",
            "Per E-Mail an {email}: Nennen Sie uns Datum, Uhrzeit und worum es geht, dann melden "
            "wir uns bei Ihnen.",
            "Bitte beachten Sie: Verbindlich ist Ihre Anfrage erst mit unserer Bestätigung.",
        ),
    ),
    "donate": PageWords(
        keywords=_keywords(
            "spenden, spende, jetzt-spenden, spendenkonto, unterstutzen, unterstuetzen, "
            "unterstutzen-sie-uns, unterstuetzen-sie-uns, fordern, foerdern, fordermitglied, "
            "foerdermitglied, fordermitgliedschaft, foerdermitgliedschaft, patenschaft, "
            "patenschaften"
        ),
        headings=("Unterstützen Sie {name}", "So können Sie spenden", "Jede Spende hilft"),
        intros=(
            "Mit Ihrer Spende unterstützen Sie unsere Arbeit. Hier erfahren Sie, wie es geht.",
            "Jeder Beitrag hilft. So können Sie uns unterstützen.",
        ),
        descriptions=(
            "Spenden für {name}: So unterstützen Sie unsere Arbeit. Fragen zur Verwendung "
            "beantworten wir gern.",
            "Unterstützen Sie {name} in {location} mit einer Spende. So geht es, und dafür setzen "
            "wir uns ein.",
        ),
        body=(
            "Wie Sie spenden können und wofür Ihre Spende eingesetzt wird, erklären wir Ihnen gern "
            "persönlich.",
            "Schreiben Sie uns an {email}, wir schicken Ihnen alle Angaben für Ihre Spende.",
            "Rufen Sie uns an unter {phone}, wir beantworten gern Ihre Fragen zum Spenden.",
            "Auch wer nicht spenden kann, hilft uns: indem Sie von unserer Arbeit erzählen oder "
            "selbst mit anpacken.",
        ),
    ),
    "volunteer": PageWords(
        keywords=_keywords(
            "mitmachen, mach-mit, machen-sie-mit, ehrenamt, ehrenamtlich, ehrenamtliche, "
            "engagieren, engagement, mithelfen, helfen, helfer, mitglied-werden, mitglied, "
            "freiwillige, freiwilligenarbeit, aktiv-werden"
        ),
        headings=("Engagieren Sie sich bei {name}", "Werden Sie aktiv", "Ihre Zeit hilft"),
        intros=(
            "Sie möchten sich engagieren? Bei uns ist Ihre Zeit willkommen.",
            "Ob regelmäßig oder ab und zu: Finden Sie heraus, wie Sie bei uns mitmachen können.",
        ),
        descriptions=(
            "Mitmachen bei {name}: So können Sie sich engagieren, mit Ihrer Zeit, Ihrem Wissen und "
            "Ihren Ideen.",
            "Ehrenamtlich aktiv in {location}: Erfahren Sie, wie Sie bei {name} mitmachen können.",
        ),
        body=(
            "Erzählen Sie uns, wie viel Zeit Sie haben und was Sie gern tun. Gemeinsam finden wir "
            "eine Aufgabe, die zu Ihnen passt.",
            "Schreiben Sie uns an {email}, wir melden uns und erzählen Ihnen mehr.",
            "Telefonisch erreichen Sie uns unter {phone}.",
            "Ob Sie Vorkenntnisse brauchen, hängt von der Aufgabe ab. Fragen Sie uns einfach.",
        ),
    ),
    "features": PageWords(
        keywords=_keywords(
            "funktionen, funktionsumfang, features, funktionsweise, so-funktioniert-s, "
            "so-funktioniert-es, so-funktionierts, wie-es-funktioniert, produkt, produkttour, "
            "tour, vorteile, merkmale, leistungsumfang, integrationen, plattform"
        ),
        headings=(
            "So funktioniert {name}",
            "Funktionen im Überblick",
            "Ein genauer Blick auf {name}",
        ),
        intros=(
            "Ein genauer Blick auf das, was {name} kann und wie es Ihnen die Arbeit erleichtert.",
            "Die wichtigsten Funktionen von {name}, Schritt für Schritt erklärt.",
        ),
        descriptions=(
            "Funktionen von {name}: was es kann, wie es funktioniert und wie es in Ihren Alltag "
            "passt.",
            "{page}: So funktioniert {name}. Die wichtigsten Funktionen im Überblick.",
        ),
    ),
    "docs": PageWords(
        keywords=_keywords(
            "dokumentation, doku, docs, documentation, anleitungen, anleitung, handbuch, api, "
            "api-referenz, api-dokumentation, referenz, entwickler, leitfaden, schnellstart, "
            "erste-schritte, guides, tutorials, hilfe-center, wissensdatenbank"
        ),
        headings=(
            "Erste Schritte mit {name}",
            "Anleitungen und Referenz",
            "So arbeiten Sie mit {name}",
        ),
        intros=(
            "Anleitungen und Erklärungen für den Einstieg und die tägliche Arbeit mit {name}.",
            "Hier erfahren Sie Schritt für Schritt, wie Sie mit {name} arbeiten.",
        ),
        descriptions=(
            "Dokumentation zu {name}: Einstieg, Anleitungen und Antworten für die tägliche Arbeit.",
            "{page} für {name}: Schritt für Schritt vom ersten Einrichten bis zur täglichen "
            "Arbeit.",
        ),
        body=(
            "Beginnen Sie mit den ersten Schritten und vertiefen Sie dann die Themen, die Sie "
            "brauchen.",
            "Fehlt etwas oder ist etwas unklar? Schreiben Sie uns an {email}, damit wir Ihnen "
            "helfen und die Dokumentation verbessern können.",
        ),
    ),
    "journal": PageWords(
        keywords=_keywords(
            "blog, news, neuigkeiten, aktuelles, aktuell, neues, journal, magazin, artikel, "
            "beitrage, beitraege, presse, pressebereich, changelog, notizen, ratgeber, tipps, "
            "newsletter"
        ),
        headings=("Neues von {name}", "Neuigkeiten und Hintergründe", "Notizen aus unserem Alltag"),
        intros=(
            "Neuigkeiten, Hintergründe und Gedanken aus unserem Alltag.",
            "Hier berichten wir, was bei uns passiert und was uns beschäftigt.",
        ),
        descriptions=(
            "Aktuelles von {name}: Neuigkeiten, Hintergründe und Einblicke in unsere Arbeit.",
            "{page} von {name} in {location}: Neuigkeiten, Hintergründe und Gedanken aus unserem "
            "Alltag.",
        ),
        body=(
            "Hier erscheinen Neuigkeiten, Hintergründe und Einblicke in unsere Arbeit.",
            "Sie möchten zu einem Thema mehr erfahren? Schreiben Sie uns an {email}.",
            "Schauen Sie gern wieder vorbei.",
        ),
    ),
    "careers": PageWords(
        keywords=_keywords(
            "karriere, jobs, job, stellenangebote, stellen, offene-stellen, "
            "stellenausschreibungen, ausbildung, bewerbung, bewerben, arbeiten-bei-uns, "
            "jobs-karriere, karriere-jobs, wir-suchen-sie, team-verstarkung, team-verstaerkung, "
            "careers"
        ),
        headings=(
            "Arbeiten bei {name}",
            "Werden Sie Teil des Teams",
            "Wir freuen uns auf Ihre Bewerbung",
        ),
        intros=(
            "Sie möchten mit uns arbeiten? Hier erfahren Sie, wie Sie sich bei uns bewerben.",
            "Bei uns zählen Menschen, die ihre Arbeit gern gut machen. Vielleicht gehören Sie "
            "bald dazu?",
        ),
        descriptions=(
            "Karriere bei {name}: wie wir arbeiten, wen wir suchen und wie Sie sich bei uns "
            "bewerben.",
            "Jobs bei {name} in {location}: Erfahren Sie, wie Sie Teil unseres Teams werden.",
        ),
        body=(
            "Offene Stellen veröffentlichen wir hier. Auch wenn gerade nichts Passendes dabei ist, "
            "freuen wir uns über Ihre Initiativbewerbung.",
            "Schicken Sie Ihre Bewerbung an {email}: ein paar Sätze über sich, Ihren Lebenslauf "
            "und ab wann Sie anfangen könnten.",
            "Fragen vorab beantworten wir gern telefonisch unter {phone}.",
        ),
    ),
    "events": PageWords(
        keywords=_keywords(
            "veranstaltungen, veranstaltung, veranstaltungskalender, events, event, termine, "
            "kalender, workshops, workshop, seminare, programm, was-ist-los, aktionen, "
            "verkostungen, lesungen, konzerte"
        ),
        headings=("Was bei {name} ansteht", "Termine und Veranstaltungen", "Seien Sie dabei"),
        intros=(
            "Hier erfahren Sie, was bei uns als Nächstes ansteht und wie Sie dabei sein können.",
            "Termine und Veranstaltungen von {name}: Wir freuen uns, wenn Sie dabei sind.",
        ),
        descriptions=(
            "Veranstaltungen bei {name}: was als Nächstes ansteht und wie Sie sich anmelden.",
            "{page} bei {name} in {location}: Termine, Anmeldung und alles, was Sie wissen müssen.",
        ),
        body=(
            "Die nächsten Termine veröffentlichen wir hier. Wenn Sie sichergehen möchten, nichts "
            "zu verpassen, fragen Sie uns einfach.",
            "Sie möchten sich anmelden oder haben Fragen? Schreiben Sie uns an {email}.",
            "Telefonisch erreichen Sie uns unter {phone}.",
            "Sie möchten eine eigene Veranstaltung mit uns planen? Sprechen Sie uns an.",
        ),
    ),
    "location": PageWords(
        keywords=_keywords(
            "anfahrt, anreise, lage, standort, standorte, wegbeschreibung, umgebung, "
            "so-finden-sie-uns, hier-finden-sie-uns, wo-wir-sind, wo-wir-stehen, lageplan, "
            "parken, nachbarschaft, kiez, viertel, anfahrt-parken, lage-umgebung"
        ),
        headings=("So finden Sie zu uns", "Ihr Weg zu uns", "Rund um {location}"),
        intros=(
            "Hier erfahren Sie, wo Sie uns finden und wie Sie am besten zu uns kommen.",
            "Der Weg zu uns, kurz beschrieben.",
        ),
        descriptions=(
            "Anfahrt zu {name}: So finden Sie uns, ob zu Fuß, mit dem Rad, mit Bus und Bahn oder "
            "mit dem Auto.",
            "So finden Sie {name} in {location}: Adresse, Anfahrt und Tipps für Ihren Besuch.",
        ),
        body=(
            "Sie finden uns in {location}.",
            "Planen Sie Ihre Anreise am besten vorab, ob mit Bus und Bahn, mit dem Rad oder mit "
            "dem Auto.",
            "Sie sind unsicher, wie Sie am besten zu uns kommen? Rufen Sie uns an unter {phone}, "
            "wir beschreiben Ihnen den Weg.",
            "Schreiben Sie uns an {email}, wenn Sie Fragen zur Anreise oder zur Barrierefreiheit "
            "haben.",
        ),
    ),
}

# Each tone's lines stand beside any sector's, so none assumes a shop, a room or a phone.
TONES: dict[str, ToneWords] = {
    "warm": ToneWords(
        cta_lines=(
            "Wir freuen uns darauf, Sie kennenzulernen.",
            "Melden Sie sich bei uns. Wir nehmen uns gern Zeit für Sie.",
            "Bei uns sind Sie herzlich willkommen.",
        ),
        contact_intros=(
            "Wir freuen uns, von Ihnen zu hören. Erzählen Sie uns, was Sie auf dem Herzen haben.",
            "Ob große Frage oder kleines Anliegen: Wir hören Ihnen gern zu.",
        ),
    ),
    "professional": ToneWords(
        cta_lines=(
            "Sprechen Sie uns an. Wir beraten Sie gern zu Ihrem Anliegen.",
            "Nehmen Sie Kontakt mit uns auf. Wir melden uns bei Ihnen.",
            "Wir freuen uns auf Ihre Anfrage.",
        ),
        contact_intros=(
            "Schildern Sie uns kurz Ihr Anliegen. Wir melden uns so bald wie möglich bei Ihnen.",
            "Für Ihre Anfrage stehen wir Ihnen gern zur Verfügung.",
        ),
    ),
    "playful": ToneWords(
        cta_lines=(
            "Na, Lust bekommen? Melden Sie sich, wir beißen nicht.",
            "Neugierig geworden? Dann nichts wie los: {name} freut sich auf Sie.",
        ),
        contact_intros=(
            "Fragen, Ideen, Wünsche? Immer her damit!",
            "Ein kurzes Hallo genügt, den Rest klären wir gemeinsam.",
            "Erzählen Sie uns, was Sie vorhaben. Wir sind gespannt!",
        ),
    ),
    "bold": ToneWords(
        cta_lines=(
            "Worauf warten Sie noch? Legen Sie los.",
            "Der nächste Schritt liegt bei Ihnen. Melden Sie sich.",
            "Schluss mit Abwarten: Sprechen Sie mit uns.",
        ),
        contact_intros=(
            "Sagen Sie uns, was Sie vorhaben. Wir legen los.",
            "Direkt und ohne Umwege: Melden Sie sich bei uns.",
        ),
    ),
    "calm": ToneWords(
        cta_lines=(
            "Nehmen Sie sich die Zeit, die Sie brauchen. Wir sind da, wenn Sie so weit sind.",
            "Ganz ohne Eile: Melden Sie sich, wann es Ihnen passt.",
            "Wann immer Sie so weit sind: {name} ist für Sie da.",
        ),
        contact_intros=(
            "Melden Sie sich in Ruhe. Wir antworten Ihnen.",
            "Melden Sie sich, wann es Ihnen passt. Wir nehmen uns Zeit für Ihr Anliegen.",
        ),
    ),
    "luxurious": ToneWords(
        cta_lines=(
            "Lassen Sie uns im persönlichen Gespräch herausfinden, was Ihnen vorschwebt.",
            "Wir freuen uns auf Ihre Anfrage und widmen ihr unsere volle Aufmerksamkeit.",
            "Erleben Sie uns persönlich, mit Zeit für jedes Detail.",
        ),
        contact_intros=(
            "Wir freuen uns auf Ihre Anfrage und antworten Ihnen persönlich.",
            "Für Ihr Anliegen nehmen wir uns die Zeit, die es verdient.",
        ),
    ),
    "technical": ToneWords(
        cta_lines=(
            "Schildern Sie uns Ihre Anforderungen. Wir prüfen, was sich umsetzen lässt.",
            "Je genauer Ihre Anfrage, desto präziser unsere Antwort.",
            "Fragen Sie nach den Details: {name} gibt Ihnen eine klare Antwort.",
        ),
        contact_intros=(
            "Beschreiben Sie Ihr Anliegen möglichst konkret. So können wir gezielt antworten.",
            "Nennen Sie uns alle Details, die Sie haben. Wir melden uns mit einer klaren "
            "Einschätzung.",
        ),
    ),
    "friendly": ToneWords(
        cta_lines=(
            "Melden Sie sich einfach, wir helfen Ihnen gern weiter.",
            "Wir freuen uns, von Ihnen zu hören.",
            "Sprechen Sie uns einfach an, wir freuen uns.",
        ),
        contact_intros=(
            "Sie haben eine Frage? Melden Sie sich einfach bei uns.",
            "Wir sind gern für Sie da, ganz gleich, worum es geht.",
        ),
    ),
}

# An eyebrow never says what its heading says ("Preise" over "Preise"), whichever is picked.
INTERFACE = Interface(
    home="Startseite",
    headings={
        "hero": ("Schön, dass Sie da sind", "Das ist {name}"),
        "about": ("Über {name}", "Wer wir sind"),
        "services": ("Unser Angebot", "Was Sie bei uns bekommen"),
        "features": ("Was {name} ausmacht", "Das Wichtigste in Kürze"),
        "testimonials": ("Was andere über uns sagen", "Aus erster Hand"),
        "faq": ("Häufige Fragen", "Gut zu wissen"),
        "pricing": ("Was es kostet", "Preise im Überblick"),
        "team": ("Unser Team", "Die Menschen hinter {name}"),
        "stats": ("Zahlen und Fakten", "{name} in Zahlen"),
        "gallery": ("Galerie", "Illustrationen"),
        "contact": ("So erreichen Sie uns", "Ihr Kontakt zu uns"),
        "cta": ("Sprechen Sie uns an", "Wir freuen uns auf Sie"),
        "text": ("Mehr über {name}", "Im Detail"),
    },
    eyebrows={
        "hero": "Willkommen",
        "about": "Über uns",
        "services": "Was wir bieten",
        "features": "Im Überblick",
        "testimonials": "Stimmen",
        "faq": "Fragen und Antworten",
        "pricing": "Preise",
        "team": "Persönlich",
        "stats": "Auf einen Blick",
        "gallery": "Galerie",
        "contact": "Kontakt",
        "cta": "Nächster Schritt",
        "text": "Wissenswertes",
    },
    contact_headings=("So erreichen Sie uns", "Ihr Kontakt zu uns", "Wir sind für Sie da"),
    contact_intros=(
        "Wählen Sie den Weg, der Ihnen am liebsten ist. Wir melden uns bei Ihnen.",
        "Hier finden Sie alle Angaben, um {name} zu erreichen.",
    ),
    address="Adresse",
    phone="Telefon",
    email="E-Mail",
    hours="Öffnungszeiten",
    call_action="Anrufen",
    write_action="E-Mail schreiben",
    founded="Gegründet {year}.",
    credentials_heading="Qualifikationen und Mitgliedschaften",
    team_heading="Unser Team",
    reviews_heading="Was andere über uns sagen",
    figures_heading="Zahlen und Fakten",
    prices_heading="Was es kostet",
    faq_where="Wo finde ich Sie?",
    faq_when="Wann haben Sie geöffnet?",
    faq_reach="Wie erreiche ich Sie?",
    reach_answer="Rufen Sie uns an unter {phone} oder schreiben Sie uns an {email}.",
    reach_phone_only="Rufen Sie uns an unter {phone}.",
    reach_email_only="Schreiben Sie uns an {email}.",
    placeholder_note="Platzhalter: vor der Veröffentlichung ersetzen",
    placeholder_quote="Worte einer Kundin oder eines Kunden, mit Erlaubnis zitiert.",
    placeholder_attribution="Name der Kundin oder des Kunden",
    placeholder_person="Name",
    placeholder_role="Funktion",
    placeholder_bio="Ein oder zwei Sätze über diese Person.",
    placeholder_figure="XX",
    placeholder_figure_label="Wofür diese Zahl steht",
    placeholder_price="Preis",
    list_separator=", ",
    list_last=" und ",
    lowercase_inserted=False,
)

BOOK = Phrasebook(code="de", sectors=SECTORS, pages=PAGES, tones=TONES, interface=INTERFACE)
