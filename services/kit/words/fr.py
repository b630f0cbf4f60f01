"""The offline provider's French: what a French copywriter writes around the brief's facts.

Typography follows French use: a narrow no-break space before ; : ! ? and inside « », the
curly apostrophe, and vous throughout.
"""

# ruff: noqa: RUF001  # the curly apostrophe and narrow no-break spaces are French typography

from __future__ import annotations

from services.kit.phrasebook import (
    Interface,
    PageWords,
    Pair,
    Phrasebook,
    SectorWords,
    ToneWords,
)


def _words(text: str) -> tuple[str, ...]:
    """Comma-separated keywords as a tuple (a keyword may hold a space: "salon de thé")."""
    return tuple(word.strip() for word in text.split(",") if word.strip())


_INTERFACE = Interface(
    home="Accueil",
    headings={
        "hero": ("Bienvenue", "{name}"),
        "about": ("Qui nous sommes", "Notre façon de faire"),
        "services": ("Ce que nous proposons", "En détail"),
        "features": ("Concrètement", "Dans le détail"),
        "testimonials": ("Ils en parlent", "Ce qu’on nous dit"),
        "faq": ("Questions fréquentes", "Bon à savoir"),
        "pricing": ("Nos prix", "Ce que ça coûte"),
        "team": ("Faites connaissance", "Avec qui vous parlerez"),
        "stats": ("Quelques repères", "Ce que disent les chiffres"),
        "gallery": ("Galerie", "Illustrations"),
        "contact": ("Nous contacter", "Nous joindre"),
        "cta": ("Parlons-en", "Et si on en parlait ?"),
        "text": ("Pour aller plus loin", "À noter"),
    },
    eyebrows={
        "hero": "Bienvenue",
        "about": "À propos",
        "services": "À découvrir",
        "features": "En pratique",
        "testimonials": "Témoignages",
        "faq": "FAQ",
        "pricing": "Tarifs",
        "team": "L’équipe",
        "stats": "En chiffres",
        "gallery": "Galerie",
        "contact": "Contact",
        "cta": "Et maintenant ?",
        "text": "À savoir",
    },
    contact_headings=("Nous contacter", "Prendre contact", "Nous joindre"),
    contact_intros=(
        "Une question, une demande ? Voici comment joindre {name}.",
        "Une question ? Voici comment nous joindre.",
    ),
    address="Adresse",
    phone="Téléphone",
    email="E-mail",
    hours="Horaires",
    call_action="Nous appeler",
    write_action="Nous écrire",
    founded="Tout a commencé en {year}.",
    credentials_heading="Qualifications et agréments",
    team_heading="Faites connaissance",
    reviews_heading="Ils en parlent",
    figures_heading="Quelques repères",
    prices_heading="Nos prix",
    faq_where="Où vous trouver ?",
    faq_when="Quels sont vos horaires ?",
    faq_reach="Comment vous joindre ?",
    reach_answer="Appelez-nous au {phone} ou écrivez-nous à {email}.",
    reach_phone_only="Appelez-nous au {phone}.",
    reach_email_only="Écrivez-nous à {email}.",
    placeholder_note="À compléter avant publication",
    placeholder_quote="Les mots d’un client, cités avec son accord.",
    placeholder_attribution="Nom du client",
    placeholder_person="Prénom et nom",
    placeholder_role="Fonction",
    placeholder_bio="Une ou deux phrases sur cette personne.",
    placeholder_figure="XX",
    placeholder_figure_label="Ce que ce chiffre mesure",
    placeholder_price="Prix à indiquer",
    list_separator=", ",
    list_last=" et ",
    lowercase_inserted=True,
)

# Each tone's lines sit beside every sector's own, so none names a sector's trade.
_TONES = {
    "warm": ToneWords(
        cta_lines=(
            "Nous vous répondrons avec plaisir, quelle que soit votre demande.",
            "Ici, on prend le temps de vous répondre.",
            "Nous serions ravis de faire votre connaissance.",
        ),
        contact_intros=(
            "Une question, une idée, une envie ? Nous serons heureux d’y répondre.",
            "Chez nous, chaque question reçoit une réponse attentive.",
        ),
    ),
    "professional": ToneWords(
        cta_lines=(
            "Exposez-nous votre besoin : nous vous indiquerons la marche à suivre.",
            "Contactez-nous pour en discuter.",
        ),
        contact_intros=(
            "Pour toute demande, voici comment joindre {name}.",
            "Précisez l’objet de votre demande : nous vous répondrons avec précision.",
        ),
    ),
    "playful": ToneWords(
        cta_lines=(
            "Alors, on s’y met ?",
            "Un petit mot, et c’est parti !",
            "On n’attend plus que vous.",
        ),
        contact_intros=(
            "Un mot, une question, une idée un peu folle ? On est tout ouïe !",
            "On adore les questions. Surtout les vôtres.",
        ),
    ),
    "bold": ToneWords(
        cta_lines=(
            "Lancez-vous.",
            "C’est le moment : contactez-nous.",
            "N’attendez plus : parlons-en.",
        ),
        contact_intros=(
            "Une question ? Posez-la. On vous répond.",
            "Pas de détour : voici comment joindre {name}.",
        ),
    ),
    "calm": ToneWords(
        cta_lines=(
            "Quand vous le souhaitez, nous sommes là pour en parler.",
            "Sans pression, à votre rythme : contactez-nous quand vous voulez.",
        ),
        contact_intros=(
            "Prenez votre temps : nous prendrons le nôtre pour vous répondre.",
            "Une question ? Posez-la simplement, nous prendrons le temps d’y répondre.",
        ),
    ),
    "luxurious": ToneWords(
        cta_lines=(
            "Confiez-nous votre demande : nous vous répondrons personnellement.",
            "Nous nous tenons à votre disposition.",
        ),
        contact_intros=(
            "Pour toute demande, nous restons à votre entière disposition.",
            "Écrivez-nous ou appelez-nous : nous prendrons le temps de vous répondre.",
        ),
    ),
    "technical": ToneWords(
        cta_lines=(
            "Décrivez votre besoin : nous reviendrons vers vous avec des éléments concrets.",
            "Posez-nous votre question avec son contexte : la réponse n’en sera que plus précise.",
        ),
        contact_intros=(
            "Précisez votre contexte et votre besoin : la réponse n’en sera que plus juste.",
            "Pour une question précise, donnez-nous le plus de détails possible.",
        ),
    ),
    "friendly": ToneWords(
        cta_lines=(
            "Contactez-nous, tout simplement.",
            "On en discute ? C’est quand vous voulez.",
            "N’hésitez pas à nous faire signe.",
        ),
        contact_intros=(
            "Une question ? On vous répond volontiers.",
            "N’hésitez pas à nous contacter, même pour une petite question.",
        ),
    ),
}

# Page title slugs as python-slugify writes them: it drops a curly apostrophe ("lequipe") and
# hyphenates a straight one ("l-equipe"), so elided articles are listed both ways.
_PAGES = {
    "contact": PageWords(
        keywords=_words(
            "contact, contacts, contactez-nous, nous-contacter, nous-joindre, nous-trouver, "
            "ou-nous-trouver, coordonnees, infos-pratiques, informations-pratiques, horaires, "
            "adresse, nous-ecrire, devis, demande-de-devis, emploi-du-temps, planning"
        ),
        headings=("Nous contacter", "Prendre contact", "Nous joindre"),
        intros=(
            "Tout ce qu’il faut savoir pour joindre {name}.",
            "Le plus simple pour nous joindre, c’est ici.",
        ),
        descriptions=(
            "Contacter {name} : nos coordonnées et les informations utiles, pour toute question "
            "ou demande.",
            "Comment joindre {name} à {location} : nos coordonnées et les informations pratiques.",
        ),
    ),
    "docs": PageWords(
        keywords=_words(
            "documentation, docs, doc, api, guides, mode-d-emploi, mode-demploi, prise-en-main, "
            "demarrage-rapide, bien-demarrer, tutoriels, tutoriel, reference-api, "
            "documentation-api, guide-d-utilisation, guide-dutilisation, aide-en-ligne"
        ),
        headings=("Documentation", "Bien démarrer avec {name}", "Guides et référence"),
        intros=(
            "Tout pour bien utiliser {name} : prise en main, guides et référence.",
            "Commencez par les bases, puis allez plus loin à votre rythme.",
        ),
        descriptions=(
            "Documentation : prise en main, guides et référence pour utiliser {name} au quotidien.",
            "Bien démarrer avec {name} : installation, premiers pas et réponses aux questions "
            "techniques.",
        ),
        body=(
            "Commencez par la prise en main : elle vous accompagne de l’installation à la "
            "première utilisation. Les guides vont ensuite plus loin, sujet par sujet.",
            "Une étape n’est pas claire, une information manque ? Dites-le-nous : c’est ainsi que "
            "la documentation s’améliore.",
            "Écrivez-nous à {email} pour toute question technique.",
        ),
    ),
    "careers": PageWords(
        keywords=_words(
            "recrutement, recrute, on-recrute, nous-recrutons, emploi, emplois, offres-d-emploi, "
            "offres-demploi, carrieres, carriere, jobs, travailler-avec-nous, "
            "travailler-chez-nous, rejoindre-l-equipe, rejoindre-lequipe, rejoignez-l-equipe, "
            "rejoignez-lequipe, candidature, candidatures, postes, stages-et-alternance, "
            "alternance"
        ),
        headings=("Travailler avec nous", "Recrutement", "Rejoindre l’équipe"),
        intros=(
            "Vous aimeriez travailler avec nous ? Voici comment nous faire connaître votre profil.",
            "Les postes ouverts et la marche à suivre pour candidater.",
        ),
        descriptions=(
            "{name} : travailler avec nous, les postes ouverts, la candidature spontanée et qui "
            "contacter.",
            "Rejoindre {name} à {location} : les postes ouverts, comment candidater et à qui "
            "écrire.",
        ),
        body=(
            "Les postes ouverts sont présentés sur cette page lorsqu’il y en a. Vous pouvez aussi "
            "nous adresser une candidature spontanée : quelques lignes sur vous, ce que vous "
            "aimeriez faire, et votre CV.",
            "Envoyez votre candidature à {email}.",
        ),
    ),
    "about": PageWords(
        keywords=_words(
            "a-propos, a-propos-de-nous, qui-sommes-nous, notre-histoire, histoire, "
            "notre-approche, approche, philosophie, notre-philosophie, valeurs, nos-valeurs, "
            "notre-mission, presentation, parcours, notre-parcours, engagements, nos-engagements, "
            "savoir-faire, notre-savoir-faire, le-cabinet, notre-cabinet, l-agence, lagence, "
            "notre-agence, le-studio, notre-studio, l-atelier, latelier, notre-atelier, la-maison, "
            "l-association, lassociation, l-etude, letude, l-esprit, lesprit, le-concept, "
            "la-maison, notre-maison, le-bistrot, le-restaurant, le-salon, le-lieu, les-lieux, "
            "le-cafe, l-hotel, lhotel, l-etablissement, letablissement"
        ),
        headings=("Qui nous sommes", "À propos de nous", "Notre approche"),
        intros=(
            "Qui est derrière {name}, comment nous travaillons et ce qui compte pour nous.",
            "Faisons connaissance : qui nous sommes, notre façon de faire et ce qui nous guide.",
        ),
        descriptions=(
            "{name} : qui nous sommes, notre approche et notre façon de travailler avec vous.",
            "{name} à {location} : qui nous sommes, comment nous travaillons et ce qui compte "
            "pour nous.",
        ),
    ),
    "team": PageWords(
        keywords=_words(
            "equipe, l-equipe, lequipe, notre-equipe, nos-equipes, team, notre-team, "
            "qui-vous-accueille, nos-praticiens, praticiens, nos-avocats, avocats, associes, "
            "les-associes, collaborateurs, nos-collaborateurs, formateurs, nos-formateurs, "
            "professeurs, nos-professeurs, enseignants, nos-coachs, coachs, intervenants, "
            "les-visages, fondateurs"
        ),
        headings=("L’équipe", "Faites connaissance", "Qui vous accueille"),
        intros=(
            "Derrière {name}, des personnes à votre écoute.",
            "Une question pour l’un d’entre nous ? Contactez-nous, nous transmettrons.",
        ),
        descriptions=(
            "L’équipe derrière {name} : qui nous sommes, nos rôles et comment nous joindre.",
            "{name}, à {location} : qui nous sommes et comment nous joindre.",
        ),
    ),
    "reviews": PageWords(
        keywords=_words(
            "avis, avis-clients, temoignages, temoignage, ils-nous-font-confiance, ils-en-parlent, "
            "on-en-parle, livre-d-or, livre-dor, recommandations, nos-clients, clients, "
            "references, nos-references"
        ),
        headings=("Votre avis", "Avis et témoignages", "Dites-nous tout"),
        intros=(
            "Ce que vous pensez de nous compte. Vous nous connaissez ? Dites-le-nous.",
            "Vous connaissez {name} ? Votre avis nous intéresse.",
        ),
        descriptions=(
            "{name} : donnez-nous votre avis et dites-nous comment cela s’est passé.",
            "{name}, à {location} : votre avis nous intéresse, voici comment nous le donner.",
        ),
    ),
    "faq": PageWords(
        keywords=_words(
            "faq, faqs, questions, questions-frequentes, foire-aux-questions, questions-reponses, "
            "vos-questions, aide, besoin-d-aide, besoin-daide, centre-d-aide, centre-daide, "
            "bon-a-savoir"
        ),
        headings=("Questions fréquentes", "Bon à savoir", "Vos questions, nos réponses"),
        intros=(
            "Les questions qu’on nous pose le plus souvent, avec nos réponses. Pour le reste, "
            "demandez-nous.",
            "Vous ne trouvez pas la réponse ici ? Contactez {name}, nous vous répondrons.",
        ),
        descriptions=(
            "{name} : les réponses aux questions les plus fréquentes, et comment nous contacter "
            "pour le reste.",
            "{name}, à {location} : ce qu’il faut savoir avant de nous contacter, en questions et "
            "réponses.",
        ),
    ),
    "booking": PageWords(
        keywords=_words(
            "reserver, reservez, reservation, reservations, reserver-une-table, "
            "reserver-un-sejour, rendez-vous, prendre-rendez-vous, prise-de-rendez-vous, rdv, "
            "prendre-rdv, booking, disponibilites, evenements-prives, privatisation, privatiser, "
            "inscription, inscriptions, s-inscrire, sinscrire, inscrivez-vous"
        ),
        headings=("Comment faire", "La marche à suivre", "Votre réservation"),
        intros=(
            "Voici comment faire, simplement.",
            "Tout ce qu’il faut savoir pour réserver ou vous inscrire.",
        ),
        descriptions=(
            "{name} : comment réserver, les informations à préparer et qui contacter.",
            "{name}, à {location} : comment réserver, la marche à suivre et nos coordonnées.",
        ),
        body=(
            "Pour réserver, prendre rendez-vous ou vous inscrire, dites-nous ce que vous "
            "souhaitez, la date qui vous convient et tout besoin particulier. Nous vous "
            "répondrons pour confirmer.",
            "Appelez-nous au {phone}.",
            "Écrivez-nous à {email}.",
        ),
    ),
    "donate": PageWords(
        keywords=_words(
            "faire-un-don, dons, donner, donation, donations, soutenir, nous-soutenir, "
            "soutenez-nous, soutenir-l-association, soutenir-lassociation, mecenat, parrainage, "
            "parrainer, je-donne"
        ),
        headings=("Faire un don", "Nous soutenir", "Soutenir {name}"),
        intros=(
            "Votre don permet à l’association de poursuivre ses actions. Voici comment donner.",
            "Chaque soutien compte. Voici comment aider {name}.",
        ),
        descriptions=(
            "Soutenir {name} : comment faire un don, à quoi il sert et qui contacter pour toute "
            "question.",
            "Comment soutenir {name} à {location} : faire un don, en parler, s’engager.",
        ),
        body=(
            "Pour faire un don, contactez-nous : nous vous indiquerons les moyens de paiement "
            "possibles et, le cas échéant, comment obtenir un reçu fiscal.",
            "Vous voulez savoir à quoi servira votre don ? Posez-nous la question : nous vous "
            "répondrons en toute transparence.",
            "Écrivez-nous à {email}.",
            "Appelez-nous au {phone}.",
        ),
    ),
    "volunteer": PageWords(
        keywords=_words(
            "benevolat, benevoles, benevole, devenir-benevole, s-engager, sengager, engagez-vous, "
            "s-impliquer, simpliquer, agir, agir-avec-nous, rejoignez-nous, nous-rejoindre, "
            "adherer, adhesion, participer, comment-aider, aider"
        ),
        headings=("Devenir bénévole", "S’engager avec nous", "Rejoignez-nous"),
        intros=(
            "Vous avez un peu de temps et l’envie d’agir ? Voici comment rejoindre {name}.",
            "Chaque heure donnée compte. Voici comment vous engager avec nous.",
        ),
        descriptions=(
            "{name} : comment devenir bénévole, ce que nous proposons et qui contacter.",
            "{name}, à {location} : s’engager comme bénévole, les missions possibles et qui "
            "contacter.",
        ),
        body=(
            "Écrivez-nous en quelques lignes : ce que vous aimeriez faire, ce que vous savez "
            "faire et vos disponibilités.",
            "Nous vous répondrons pour faire connaissance et voir ensemble où vous pouvez être "
            "utile.",
            "Écrivez-nous à {email}.",
            "Appelez-nous au {phone}.",
        ),
    ),
    "offerings": PageWords(
        keywords=_words(
            "carte, la-carte, notre-carte, carte-et-tarifs, carte-et-prix, menu-et-tarifs, "
            "prestations-et-tarifs, services-et-tarifs, soins-et-tarifs, cours-et-tarifs, "
            "missions, nos-missions, menu, menus, plats, nos-plats, services, nos-services, "
            "prestations, nos-prestations, soins, nos-soins, traitements, produits, nos-produits, "
            "gamme, saveurs, parfums, glaces, nos-glaces, chambres, nos-chambres, hebergements, "
            "cours, nos-cours, formations, nos-formations, offre, offres, notre-offre, nos-offres, "
            "expertises, expertise, domaines, domaines-d-intervention, domaines-dintervention, "
            "domaines-d-expertise, domaines-dexpertise, competences, metiers, nos-metiers, "
            "collections, collection, boutique, e-shop, catalogue, creations, nos-creations, "
            "specialites, nos-specialites, gateaux, pains, patisseries, boissons, vins, traiteur, "
            "activites, nos-activites, accessoires, seances, nos-seances, ce-que-nous-faisons, "
            "que-faisons-nous, solutions, thes, nos-thes, cafes, nos-cafes, nos-vins, nos-pains, "
            "nos-gateaux, aide-aux-devoirs, soutien-scolaire, nos-solutions, actions, nos-actions"
        ),
        headings=("Ce que nous proposons", "Tour d’horizon"),
        intros=(
            "Voici ce que nous proposons, avec les détails utiles pour choisir.",
            "Un aperçu de ce que nous faisons. Pour toute précision, contactez-nous.",
        ),
        descriptions=(
            "{name} — {page} : ce que nous proposons, avec les détails utiles pour choisir et "
            "nous contacter.",
            "{name} à {location} : découvrez ce que nous proposons et comment nous contacter.",
        ),
    ),
    "events": PageWords(
        keywords=_words(
            "evenements, evenement, agenda, ateliers, atelier, stages, rencontres, a-venir, "
            "prochains-rendez-vous, programmation, programme, concours, soirees, festival, "
            "animations, degustations, degustation, visites, visites-guidees, sorties"
        ),
        headings=("Événements", "À l’agenda", "Les prochains rendez-vous"),
        intros=(
            "Ateliers, rencontres, rendez-vous : ce qui se prépare chez nous.",
            "Retrouvez ici nos prochains événements et la façon d’y participer.",
        ),
        descriptions=(
            "{name} : événements, ateliers, rencontres et comment vous inscrire ou participer.",
            "{name}, à {location} : l’agenda des événements et des ateliers, et comment "
            "participer.",
        ),
        body=(
            "Pour connaître les prochaines dates, vous inscrire ou poser une question, "
            "contactez-nous : nous vous dirons tout.",
            "Écrivez-nous à {email}.",
            "Appelez-nous au {phone}.",
        ),
    ),
    "pricing": PageWords(
        keywords=_words(
            "tarifs, tarif, nos-tarifs, prix, nos-prix, forfaits, forfait, abonnements, "
            "abonnement, honoraires, nos-honoraires, formules, nos-formules, grille-tarifaire, "
            "cotisation, cotisations, pricing"
        ),
        headings=("Nos tarifs", "Ce que ça coûte", "Parlons budget"),
        intros=(
            "Combien ça coûte ? Posez-nous la question : nous vous répondrons clairement.",
            "Pour connaître nos tarifs ou faire une demande particulière, contactez-nous.",
        ),
        descriptions=(
            "{name} — {page} : demandez-nous nos tarifs et ce qu’ils comprennent, et comment "
            "nous contacter.",
            "{name} à {location} : vos questions sur nos tarifs, et comment nous contacter.",
        ),
    ),
    "features": PageWords(
        keywords=_words(
            "fonctionnalites, fonctionnalite, comment-ca-marche, comment-ca-fonctionne, "
            "ca-marche-comment, le-produit, notre-produit, decouvrir-le-produit, visite-guidee, "
            "integrations, la-plateforme, plateforme, pourquoi-nous, pourquoi-nous-choisir, "
            "avantages, atouts, fonctionnement"
        ),
        headings=("Fonctionnalités", "Tout ce que fait {name}", "{name} en détail"),
        intros=(
            "Ce que fait {name}, comment s’en servir et ce que cela change pour vous.",
            "Un tour d’horizon des fonctionnalités, pour voir si {name} répond à votre besoin.",
        ),
        descriptions=(
            "{name} en détail : les fonctionnalités, le fonctionnement au quotidien et la prise "
            "en main.",
            "Découvrez ce que fait {name}, comment l’intégrer à votre travail et comment démarrer.",
        ),
    ),
    "gallery": PageWords(
        keywords=_words(
            "galerie, galeries, photos, en-images, portfolio, realisations, nos-realisations, "
            "projets, nos-projets, travaux, nos-travaux, album, albums, lookbook, images, videos"
        ),
        headings=("Galerie", "Illustrations", "En couleurs"),
        intros=(
            "Des illustrations dans l’esprit de {name}.",
            "Quelques illustrations pour donner le ton.",
        ),
        descriptions=(
            "{page} : des illustrations dans l’esprit de {name}, et comment nous contacter pour "
            "en savoir plus sur ce que nous proposons.",
            "{page} de {name}, à {location} : des illustrations pour donner le ton, et un moyen "
            "de nous poser vos questions.",
        ),
    ),
    "location": PageWords(
        keywords=_words(
            "acces, plan-d-acces, plan-dacces, comment-venir, venir-nous-voir, nous-rendre-visite, "
            "itineraire, quartier, le-quartier, alentours, aux-alentours, a-proximite, "
            "localisation, se-rendre, venir, parking, stationnement"
        ),
        headings=("Venir nous voir", "Accès", "Comment venir"),
        intros=(
            "Tout ce qu’il faut savoir pour venir nous voir.",
            "Nous sommes à {location} : voici comment nous rejoindre.",
        ),
        descriptions=(
            "{name}, à {location} : adresse, accès et informations pratiques pour venir nous voir.",
            "{name} : comment venir, l’adresse, l’accès et nos conseils pratiques avant votre "
            "visite.",
        ),
        body=(
            "Vous nous trouverez à {location}.",
            "Pour le trajet, l’accès ou le stationnement, appelez-nous au {phone} avant de "
            "venir : nous vous guiderons.",
            "Une question pratique ? Écrivez-nous à {email}.",
        ),
    ),
    "journal": PageWords(
        keywords=_words(
            "blog, le-blog, actualites, actualite, actus, actu, nouvelles, journal, le-journal, "
            "news, articles, presse, espace-presse, magazine, le-mag, chroniques, a-la-une"
        ),
        headings=("Actualités", "Le journal", "Les dernières nouvelles"),
        intros=(
            "Ce qui se passe chez nous : nouveautés, annonces et coulisses.",
            "Suivez nos actualités, au fil des annonces.",
        ),
        descriptions=(
            "{name} : nos actualités, nouveautés, annonces et coulisses, au fil de l’eau.",
            "{name}, à {location} : quoi de neuf ? Annonces, nouveautés et coulisses.",
        ),
        body=(
            "Retrouvez ici nos nouveautés, nos annonces et un aperçu de ce qui se passe en "
            "coulisses.",
            "Une question sur une annonce ? Écrivez-nous à {email}.",
        ),
    ),
}

# Restaurants, bakeries, delis, caterers; street food; cafés; dental practices.
_SECTORS_A = {
    "food": SectorWords(
        keywords=_words(
            "restaurant, restau, bistro, brasserie, boulang, pâtiss, patiss, traiteur, pizzeria, "
            "crêperie, creperie, épicerie fine, epicerie fine, fromagerie, fromager, charcut, "
            "boucherie, chocolatier, chocolaterie, viennoiser, gastronom, bar à vin, bar a vin, "
            "cave à manger, sandwicherie, rôtisserie, rotisserie, cantine, guinguette, trattoria, "
            "bouchon lyonnais"
        ),
        label="Cuisine & gourmandises",
        hero_headings=(
            "À table",
            "Le plaisir de bien manger",
            "Une adresse gourmande à {location}",
        ),
        hero_lines=(
            "Découvrez ce que prépare {name}, puis venez goûter.",
            "{name}, à {location} : de quoi vous faire plaisir, à chaque visite.",
        ),
        primary_action="Voir la carte",
        about_headings=("Notre façon de faire", "Côté cuisine", "L’esprit de la maison"),
        about_paragraphs=(
            "Ici, tout tourne autour de ce que vous allez goûter. Nous prenons le temps de bien "
            "faire, du choix des produits jusqu’au moment de servir.",
            "Une allergie, un régime particulier, une question sur un produit ? Demandez-nous : "
            "nous vous dirons ce qu’il contient et ce que nous pouvons adapter.",
            "Que vous passiez en coup de vent ou que vous preniez votre temps, vous êtes le "
            "bienvenu. Pour un groupe ou une occasion particulière, parlez-nous-en à l’avance.",
        ),
        offerings_headings=("À la carte", "Ce que nous préparons"),
        offerings_intro=(
            "Un aperçu de ce que nous vous préparons.",
            "Voici ce que vous trouverez chez nous.",
        ),
        offering_blurbs=(
            "Demandez-nous ce qu’il y a aujourd’hui.",
            "À découvrir sur place.",
            "Demandez conseil, nous vous guiderons.",
            "Demandez-nous ce qu’il contient.",
            "À partager, ou pas.",
        ),
        process_heading="Comment ça se passe",
        steps=(
            Pair("Choisissez", "Parcourez la carte ou demandez-nous conseil."),
            Pair("Commandez", "Dites-nous ce qui vous fait envie, et vos éventuelles allergies."),
            Pair("Savourez", "Il ne vous reste plus qu’à en profiter."),
        ),
        faq=(
            Pair(
                "Pouvez-vous tenir compte d’une allergie ?",
                "Signalez-la-nous avant de commander. Nous vous indiquerons ce que contient "
                "chaque préparation et ce que nous pouvons adapter.",
            ),
            Pair(
                "Faut-il réserver ou commander à l’avance ?",
                "Cela dépend du moment et de ce que vous souhaitez. Le plus simple est de nous "
                "demander : nous vous dirons ce qui est possible.",
            ),
            Pair(
                "Avez-vous des options végétariennes ?",
                "Posez-nous la question : nous vous dirons ce qui convient parmi ce que nous "
                "préparons.",
            ),
            Pair(
                "Peut-on passer commande pour un événement ?",
                "Parlez-nous de la date, du nombre de personnes et de vos envies : nous verrons "
                "ensemble ce que nous pouvons vous proposer.",
            ),
            Pair(
                "Peut-on emporter ?",
                "Demandez-nous : nous vous dirons ce qui se prête à la vente à emporter.",
            ),
        ),
        cta_headings=("Venez goûter", "On vous attend", "À très bientôt"),
        cta_lines=(
            "Passez nous voir, ou contactez-nous pour toute question.",
            "La carte est prête : il ne manque plus que vous.",
        ),
        meta_descriptions=(
            "{name} à {location} : la carte, les horaires et comment nous trouver.",
            "{name} : découvrez la carte, nos horaires et comment nous joindre.",
        ),
        taglines=(
            "Bon appétit",
            "Bien manger, tout simplement",
            "Bien manger à {location}",
        ),
    ),
    "street_food": SectorWords(
        keywords=_words(
            "camion-restaurant, camion restaurant, camion à pizza, camion pizza, street food, "
            "street-food, cuisine de rue, cuisine nomade, glacier, glaces artisanales, marchand de "
            "glaces, triporteur, roulotte, vente ambulante, ambulant, stand de crêpes, foodtruck"
        ),
        label="Cuisine nomade",
        hero_headings=(
            "Suivez {name} à la trace",
            "Bon, simple et à emporter",
            "On se retrouve au coin de la rue ?",
        ),
        hero_lines=(
            "Découvrez où trouver {name} et ce qu’il y a au menu.",
            "Nous sillonnons {location} : voici comment nous trouver.",
        ),
        primary_action="Où nous trouver",
        about_headings=("Sur la route", "Notre façon de faire", "Une cuisine qui bouge"),
        about_paragraphs=(
            "{name}, c’est une cuisine qui se déplace. On s’installe, on prépare et on sert sans "
            "chichis, à emporter ou à déguster sur place.",
            "Nos emplacements peuvent changer. Avant de vous déplacer, vérifiez où nous sommes ce "
            "jour-là, ou écrivez-nous pour le savoir.",
            "Une fête, un mariage, un événement d’entreprise ? Parlez-nous de la date et du "
            "lieu : nous vous dirons si nous pouvons venir.",
        ),
        offerings_headings=("Au menu", "Ce qu’on sert"),
        offerings_intro=(
            "Ce que nous vous servons, à emporter ou à déguster sur place.",
            "Voici ce qu’on sert en ce moment.",
        ),
        offering_blurbs=(
            "Demandez ce qu’il y a aujourd’hui.",
            "Prêt à emporter.",
            "Demandez-nous ce qu’il contient.",
            "À déguster tout de suite.",
            "Demandez conseil au comptoir.",
        ),
        process_heading="Comment ça marche",
        steps=(
            Pair("Trouvez-nous", "Regardez où nous sommes, ou demandez-nous."),
            Pair("Commandez", "Au comptoir, en quelques mots."),
            Pair("Régalez-vous", "Sur place ou en chemin, c’est vous qui voyez."),
        ),
        faq=(
            Pair(
                "Où serez-vous cette semaine ?",
                "Nos emplacements changent. Demandez-nous par message ou par téléphone : nous "
                "vous dirons où nous trouver.",
            ),
            Pair(
                "Peut-on vous faire venir pour un événement ?",
                "Parlez-nous de la date, du lieu et du nombre d’invités : nous vous dirons ce que "
                "nous pouvons proposer.",
            ),
            Pair(
                "Et pour les allergies ?",
                "Dites-le-nous avant de commander : nous vous indiquerons ce que contient chaque "
                "préparation.",
            ),
            Pair(
                "Y a-t-il des options végétariennes ?",
                "Posez-nous la question au comptoir : nous vous dirons ce qui vous convient.",
            ),
            Pair(
                "Jusqu’où vous déplacez-vous ?",
                "Cela dépend de la date et de la distance. Écrivez-nous avec les détails, nous "
                "vous répondrons.",
            ),
        ),
        cta_headings=("On se retrouve bientôt ?", "Passez nous voir", "Faites venir {name}"),
        cta_lines=(
            "Venez nous voir sur place, ou contactez-nous pour toute question.",
            "Un événement à préparer ? Parlons-en.",
        ),
        meta_descriptions=(
            "{name} : où nous trouver, ce qu’on sert et comment nous contacter pour toute "
            "question.",
            "{name}, cuisine nomade à {location} : le menu, nos emplacements et comment nous "
            "joindre.",
        ),
        taglines=(
            "À emporter, à partager",
            "Bon, simple, à emporter",
            "Cuisine nomade à {location}",
        ),
    ),
    "cafe": SectorWords(
        keywords=_words(
            "coffee shop, salon de thé, salons de thé, salon de the, torréfact, torrefact, "
            "brûlerie, brulerie, barista, maison de thé, bar à café, bar a cafe, café-librairie, "
            "coffee"
        ),
        label="Café & salon de thé",
        hero_headings=(
            "Et si on faisait une pause ?",
            "Prenez le temps d’une tasse",
            "Votre pause à {location}",
        ),
        hero_lines=(
            "Entrez, installez-vous : votre pause commence ici.",
            "{name}, à {location} : une pause pour souffler un moment.",
        ),
        primary_action="Voir la carte",
        about_headings=("Derrière le comptoir", "Notre façon de faire", "L’esprit du lieu"),
        about_paragraphs=(
            "Ici, on prépare chaque boisson à la commande. Dites-nous comment vous l’aimez, on "
            "s’adapte.",
            "Une tasse vite bue au comptoir ou un long moment avec un livre : prenez la pause qui "
            "vous convient.",
            "Vous hésitez ? Demandez conseil derrière le comptoir : nous vous aiderons à trouver "
            "ce qui vous plaît.",
        ),
        offerings_headings=("À la carte", "Au comptoir"),
        offerings_intro=(
            "Voici ce que nous vous servons.",
            "Un aperçu de la carte. Pour le reste, demandez au comptoir.",
        ),
        offering_blurbs=(
            "Demandez conseil au comptoir.",
            "À déguster sur place.",
            "Préparé à la commande.",
            "Demandez-nous comment nous le préparons.",
            "Pour une pause, seul ou à plusieurs.",
        ),
        process_heading="Comment ça se passe",
        steps=(
            Pair("Entrez", "Installez-vous ou passez directement au comptoir."),
            Pair("Choisissez", "Dites-nous ce qui vous fait envie, on vous conseille si besoin."),
            Pair("Savourez", "Prenez le temps qu’il vous faut."),
        ),
        faq=(
            Pair(
                "Pouvez-vous tenir compte d’une allergie ?",
                "Signalez-la au moment de commander : nous vous dirons ce que contient chaque "
                "préparation.",
            ),
            Pair(
                "Proposez-vous des laits végétaux ?",
                "Demandez au comptoir : nous vous dirons ce que nous avons en ce moment.",
            ),
            Pair(
                "Peut-on travailler sur place ?",
                "Posez-nous la question en arrivant : nous vous dirons ce qui est possible selon "
                "l’affluence.",
            ),
            Pair(
                "Peut-on acheter vos cafés ou vos thés pour la maison ?",
                "Demandez-nous : nous vous dirons ce qui est disponible.",
            ),
            Pair(
                "Peut-on privatiser le lieu ?",
                "Pour un groupe ou un petit événement, écrivez-nous avec la date et le nombre de "
                "personnes : nous vous dirons ce qui est possible.",
            ),
        ),
        cta_headings=("Passez nous voir", "À tout à l’heure ?", "Une tasse, ça vous dit ?"),
        cta_lines=(
            "Poussez la porte : votre tasse vous attend.",
            "Demandez-nous conseil au comptoir ou par message.",
        ),
        meta_descriptions=(
            "{name} à {location} : la carte, les horaires et comment venir nous voir.",
            "{name} : la carte, les horaires et l’adresse de votre prochaine pause.",
        ),
        taglines=(
            "Le temps d’une tasse",
            "Votre pause, à votre rythme",
            "Une pause à {location}",
        ),
    ),
    "dental": SectorWords(
        keywords=_words(
            "dentaire, dentaires, dentiste, dentistes, chirurgien-dentiste, chirurgien dentiste, "
            "cabinet dentaire, centre dentaire, orthodont, parodont, implantolog, stomatolog, "
            "soins dentaires"
        ),
        label="Cabinet dentaire",
        hero_headings=(
            "Prendre soin de votre sourire",
            "Des soins dentaires expliqués",
            "Votre dentiste à {location}",
        ),
        hero_lines=(
            "Nous vous recevons pour vos soins, vos contrôles et vos questions.",
            "Au cabinet, nous prenons le temps de vous expliquer chaque soin.",
        ),
        primary_action="Prendre rendez-vous",
        about_headings=("Le cabinet", "Notre approche", "Des soins expliqués"),
        about_paragraphs=(
            "Au cabinet, chaque rendez-vous commence par l’écoute. Nous vous expliquons ce que "
            "nous voyons, ce que nous proposons et pourquoi, avant de commencer.",
            "Vous appréhendez les soins ? Dites-le-nous dès la prise de rendez-vous. Nous "
            "avançons à votre rythme et nous faisons une pause dès que vous le demandez.",
            "Avant tout traitement, vous savez ce qui va être fait et ce qu’il coûtera. Les "
            "questions sont les bienvenues, à chaque étape.",
        ),
        offerings_headings=("Nos soins", "Ce que nous proposons"),
        offerings_intro=(
            "Les soins proposés au cabinet.",
            "Une question sur un soin ? Demandez-nous.",
        ),
        offering_blurbs=(
            "Nous en parlons ensemble lors de la consultation.",
            "Demandez-nous si ce soin vous convient.",
            "Explications détaillées au cabinet.",
            "Nous vous expliquons chaque étape.",
            "Posez vos questions en prenant rendez-vous.",
        ),
        process_heading="Votre rendez-vous",
        steps=(
            Pair("Prenez rendez-vous", "Par téléphone ou par message, en précisant le motif."),
            Pair("Le bilan", "Nous examinons, nous expliquons, vous posez vos questions."),
            Pair("Les soins", "Nous convenons ensemble du plan de traitement."),
        ),
        faq=(
            Pair(
                "Comment se passe un premier rendez-vous ?",
                "Nous faisons le point sur votre santé et vos attentes, puis nous examinons vos "
                "dents. Apportez vos éventuelles radiographies et la liste de vos traitements en "
                "cours.",
            ),
            Pair(
                "J’ai peur du dentiste, comment faire ?",
                "Dites-le-nous dès la prise de rendez-vous, et demandez-nous tout ce que vous "
                "voulez savoir avant de commencer.",
            ),
            Pair(
                "Que faire en cas d’urgence ?",
                "Appelez le cabinet dès que possible : nous vous dirons quoi faire et quand "
                "venir. En dehors des heures d’ouverture, contactez le service de garde dentaire "
                "de votre département.",
            ),
            Pair(
                "Mes soins sont-ils remboursés ?",
                "Cela dépend des soins et de votre couverture. Demandez-nous un devis avant de "
                "commencer, pour le transmettre à votre mutuelle.",
            ),
            Pair(
                "Soignez-vous les enfants ?",
                "Posez-nous la question en prenant rendez-vous : nous vous dirons comment se "
                "passent les consultations des plus jeunes.",
            ),
        ),
        cta_headings=("On fixe un rendez-vous ?", "Une question sur un soin ?"),
        cta_lines=(
            "Contactez le cabinet pour fixer un rendez-vous.",
            "Un doute, une douleur, un contrôle à prévoir ? Contactez-nous.",
        ),
        meta_descriptions=(
            "{name}, cabinet dentaire à {location} : soins, rendez-vous et informations pratiques.",
            "{name} : soins dentaires, premier rendez-vous, urgences et contact du cabinet.",
        ),
        taglines=(
            "Vos soins, expliqués",
            "Soigner, expliquer, rassurer",
            "Soins dentaires à {location}",
        ),
    ),
}

# Medical and therapy practices; gyms and studios; law firms and notaries; accountants.
_SECTORS_B = {
    "health": SectorWords(
        keywords=_words(
            "médecin, medecin, médical, medical, cabinet médical, centre médical, centre de santé, "
            "maison de santé, professionnel de santé, clinique, kiné, kine, kinésithérap, "
            "kinesitherap, ostéopat, osteopat, psycholog, psychothérap, psychotherap, psychiatr, "
            "thérapeut, therapeut, infirmier, infirmière, infirmiere, sage-femme, sages-femmes, "
            "orthophon, podolog, pédicure, diététic, dieteti, nutritionn, naturopat, sophrolog, "
            "ergothérap, orthopt, pharmacie, généraliste, generaliste, acupunct, cardiolog, "
            "dermatolog, gynécolog, pédiatr"
        ),
        label="Santé",
        hero_headings=(
            "Des soins à votre écoute",
            "Prendre soin de vous, simplement",
            "{name}, à {location}",
        ),
        hero_lines=(
            "Ici, nous prenons le temps de vous écouter et de vous expliquer.",
            "Consultations, suivi et conseils : découvrez comment nous pouvons vous aider.",
        ),
        primary_action="Prendre rendez-vous",
        about_headings=("Notre approche", "Le cabinet", "Une prise en charge attentive"),
        about_paragraphs=(
            "Chaque consultation commence par l’écoute : votre histoire, ce que vous ressentez, "
            "vos questions. Nous vous expliquons ensuite ce que nous proposons, et pourquoi.",
            "Ici, les décisions vous appartiennent. Nous vous donnons les informations utiles "
            "pour choisir en connaissance de cause.",
            "Si votre situation relève d’un autre professionnel, nous vous le disons et nous vous "
            "orientons.",
        ),
        offerings_headings=("Nos consultations", "Comment nous pouvons vous aider"),
        offerings_intro=(
            "Les consultations et les soins que nous proposons.",
            "Une question sur une prise en charge ? Demandez-nous.",
        ),
        offering_blurbs=(
            "Nous en parlons ensemble en consultation.",
            "Demandez-nous si cela correspond à votre situation.",
            "Informations détaillées sur demande.",
            "Nous vous expliquons chaque étape.",
            "Posez vos questions en prenant rendez-vous.",
        ),
        process_heading="Votre parcours",
        steps=(
            Pair("Prenez rendez-vous", "Par téléphone ou par message, en indiquant le motif."),
            Pair("La consultation", "Nous faisons le point ensemble et répondons à vos questions."),
            Pair("Le suivi", "Nous convenons de la suite, à votre rythme."),
        ),
        faq=(
            Pair(
                "Comment se passe une première consultation ?",
                "Nous commençons par un échange sur votre situation et vos antécédents, puis nous "
                "faisons un bilan. Apportez vos documents médicaux utiles et vos ordonnances en "
                "cours.",
            ),
            Pair(
                "Faut-il une ordonnance ?",
                "Cela dépend de la prise en charge. Posez-nous la question au moment de prendre "
                "rendez-vous.",
            ),
            Pair(
                "Les consultations sont-elles remboursées ?",
                "Cela dépend de l’acte et de votre couverture. Demandez-nous les modalités en "
                "prenant rendez-vous, et renseignez-vous auprès de votre mutuelle.",
            ),
            Pair(
                "Que faire en cas d’urgence ?",
                "En cas d’urgence vitale, appelez immédiatement les secours. Pour une question "
                "pressante mais sans gravité immédiate, contactez le cabinet.",
            ),
            Pair(
                "Et si je dois annuler ?",
                "Prévenez-nous dès que possible, et demandez-nous comment se passent les "
                "annulations.",
            ),
        ),
        cta_headings=("Un rendez-vous à prévoir ?", "Parlons de votre situation"),
        cta_lines=(
            "Contactez le cabinet pour fixer un rendez-vous ou poser une question.",
            "Un doute, une question ? Contactez-nous, nous vous orienterons.",
        ),
        meta_descriptions=(
            "{name} à {location} : consultations, prise de rendez-vous et informations pratiques.",
            "{name} : consultations, suivi et conseils. Comment prendre rendez-vous et nous "
            "joindre.",
        ),
        taglines=(
            "À votre écoute",
            "Soigner, expliquer, accompagner",
            "Prendre soin de vous à {location}",
        ),
    ),
    "fitness": SectorWords(
        keywords=_words(
            "salle de sport, salles de sport, fitness, musculation, yoga, pilates, crossfit, coach "
            "sportif, coachs sportifs, coaching sportif, préparateur physique, preparateur "
            "physique, remise en forme, club de sport, boxe, arts martiaux, cardio, gym, escalade, "
            "entraînement sportif, entrainement sportif, studio de danse"
        ),
        label="Sport & forme",
        hero_headings=(
            "Bougez à votre rythme",
            "Votre séance commence ici",
            "Le sport, à votre façon",
        ),
        hero_lines=(
            "Ici, chacun progresse à son niveau, avec un accompagnement attentif.",
            "Découvrez les séances de sport à {location} et la façon de commencer.",
        ),
        primary_action="Commencer",
        about_headings=("Notre approche", "L’esprit du lieu", "Progresser ensemble"),
        about_paragraphs=(
            "Chez nous, chacun vient avec son niveau, ses envies et ses contraintes. Nous "
            "adaptons les exercices pour que vous progressiez sans vous blesser.",
            "Débutant ou sportif confirmé, dites-nous d’où vous partez et ce que vous visez : "
            "nous vous aiderons à construire la suite.",
            "Une douleur, une reprise après une longue pause, une grossesse ? Parlez-en avant la "
            "séance : nous adapterons les exercices et vous conseillerons de consulter si besoin.",
        ),
        offerings_headings=("Nos séances", "Ce que nous proposons"),
        offerings_intro=(
            "Les séances et les accompagnements que nous proposons.",
            "Trouvez ce qui vous correspond, et demandez-nous conseil.",
        ),
        offering_blurbs=(
            "Demandez-nous si c’est fait pour vous.",
            "Nous vous aidons à choisir selon votre niveau.",
            "Renseignez-vous à l’accueil ou par message.",
            "Venez avec vos questions.",
            "À votre rythme, selon vos objectifs.",
        ),
        process_heading="Pour commencer",
        steps=(
            Pair("Contactez-nous", "Dites-nous votre niveau et vos objectifs."),
            Pair("Première séance", "Nous faisons connaissance et revoyons les bases."),
            Pair("Progressez", "Nous ajustons au fil des séances."),
        ),
        faq=(
            Pair(
                "Je débute : par où commencer ?",
                "Dites-nous votre niveau et vos objectifs : nous vous orienterons vers ce qui "
                "vous convient.",
            ),
            Pair(
                "Peut-on faire une séance d’essai ?",
                "Demandez-nous : nous vous dirons comment découvrir le lieu avant de vous engager.",
            ),
            Pair(
                "Que faut-il apporter ?",
                "Une tenue confortable, une bouteille d’eau et une serviette suffisent le plus "
                "souvent. Pour le reste, demandez-nous.",
            ),
            Pair(
                "J’ai une douleur ou une blessure : puis-je venir ?",
                "Demandez d’abord l’avis de votre médecin, puis parlez-en avec nous avant de "
                "commencer : nous adapterons les exercices.",
            ),
            Pair(
                "Comment s’inscrire ?",
                "Contactez-nous ou passez nous voir : nous vous expliquerons les options et les "
                "démarches.",
            ),
        ),
        cta_headings=("À vous de jouer", "Votre première séance", "Passez à l’action"),
        cta_lines=(
            "Contactez-nous pour organiser votre première séance.",
            "Venez découvrir le lieu et poser vos questions.",
        ),
        meta_descriptions=(
            "{name} à {location} : les séances, l’accompagnement et comment commencer.",
            "{name} : les séances, l’accompagnement et comment faire vos premiers pas.",
        ),
        taglines=(
            "Bougez à votre rythme",
            "Progresser, séance après séance",
            "Votre séance à {location}",
        ),
    ),
    "legal": SectorWords(
        keywords=_words(
            "avocat, avocats, avocate, cabinet d’avocats, cabinet d'avocats, notaire, notaires, "
            "notarial, office notarial, étude notariale, etude notariale, juridique, juriste, "
            "huissier, commissaire de justice, droit du travail, droit de la famille, droit des "
            "affaires, droit pénal, droit immobilier, droit des sociétés, conseil juridique, "
            "médiation, mediation"
        ),
        label="Conseil juridique",
        hero_headings=(
            "Un conseil juridique clair et précis",
            "Vos questions juridiques, des réponses claires",
            "{name}, à {location}",
        ),
        hero_lines=(
            "{name} vous accompagne avec méthode, de la première question à la conclusion de "
            "votre dossier.",
            "Écouter, expliquer, agir : voici comment nous travaillons.",
        ),
        primary_action="Prendre rendez-vous",
        about_headings=("Le cabinet", "Notre méthode", "Comment nous travaillons"),
        about_paragraphs=(
            "Chez nous, chaque dossier commence par une écoute attentive. Nous analysons votre "
            "situation, puis nous vous présentons les options possibles, leurs risques et leur "
            "coût.",
            "Nous vous parlons clairement, sans jargon inutile. Vous savez à chaque étape où en "
            "est votre dossier et ce qui vient ensuite.",
            "Ce que vous nous confiez reste confidentiel. Avant toute intervention, nous vous "
            "expliquons comment sont calculés nos honoraires.",
        ),
        offerings_headings=("Domaines d’intervention", "Comment nous pouvons vous aider"),
        offerings_intro=(
            "Les domaines dans lesquels nous vous conseillons et vous accompagnons.",
            "Votre situation ne figure pas ici ? Posez-nous la question.",
        ),
        offering_blurbs=(
            "Parlons de votre situation lors d’un premier échange.",
            "Nous étudions votre dossier et vous exposons les options.",
            "Contactez le cabinet pour en savoir plus.",
            "Une question ? Posez-la-nous.",
            "Des explications claires à chaque étape.",
        ),
        process_heading="Le déroulement de votre dossier",
        steps=(
            Pair(
                "Premier échange", "Vous nous exposez votre situation, nous identifions les enjeux."
            ),
            Pair("Proposition", "Nous vous présentons la démarche et les honoraires."),
            Pair("Accompagnement", "Nous agissons et vous tenons au courant à chaque étape."),
        ),
        faq=(
            Pair(
                "Comment se passe le premier rendez-vous ?",
                "Vous nous exposez votre situation et vos questions. Apportez les documents "
                "utiles : contrats, courriers, décisions. Nous vous indiquons ensuite les options "
                "possibles.",
            ),
            Pair(
                "Combien cela va-t-il coûter ?",
                "Cela dépend de la nature et de la complexité du dossier. Demandez-nous comment "
                "sont fixés nos honoraires avant toute intervention.",
            ),
            Pair(
                "Nos échanges sont-ils confidentiels ?",
                "Oui. Ce que vous nous confiez est couvert par le secret professionnel.",
            ),
            Pair(
                "Pouvez-vous m’aider dans ma situation ?",
                "Décrivez-nous brièvement votre situation : nous vous dirons si nous pouvons vous "
                "aider, ou vers qui vous tourner.",
            ),
            Pair(
                "Quels documents préparer ?",
                "Rassemblez tout ce qui concerne votre affaire : contrats, échanges écrits, "
                "pièces d’identité, décisions déjà rendues. Nous vous dirons ensuite ce qui "
                "manque.",
            ),
        ),
        cta_headings=("Parlons de votre situation", "Un premier échange ?"),
        cta_lines=(
            "Contactez le cabinet pour un premier échange.",
            "Exposez-nous votre situation : nous vous dirons comment nous pouvons vous aider.",
        ),
        meta_descriptions=(
            "{name}, conseil juridique à {location} : domaines d’intervention, méthode et contact.",
            "{name} : un conseil juridique clair, des honoraires expliqués et un dossier suivi.",
        ),
        taglines=(
            "Le droit, expliqué clairement",
            "Conseiller, accompagner",
            "Conseil juridique à {location}",
        ),
    ),
    "finance": SectorWords(
        keywords=_words(
            "comptab, expert-comptable, expert comptable, experts-comptables, expertise comptable, "
            "fiscal, fiscalité, fiscalite, impôt, impot, conseiller financier, conseil financier, "
            "conseil en investissement, gestion de patrimoine, conseil en patrimoine, patrimonial, "
            "assurance, assurances, assureur, courtier, courtage, bancaire, banque privée, gestion "
            "de la paie, fiches de paie, commissaire aux comptes, financier, financière, "
            "financiere, crédit immobilier, credit immobilier"
        ),
        label="Finances & conseil",
        hero_headings=(
            "Vos chiffres, en toute clarté",
            "Moins de paperasse, plus de visibilité",
            "Votre cabinet à {location}",
        ),
        hero_lines=(
            "Nous vous aidons à y voir clair dans vos chiffres et vos obligations.",
            "Découvrez notre façon de travailler et comment nous pouvons vous aider.",
        ),
        primary_action="Prendre rendez-vous",
        about_headings=("Notre approche", "Comment nous travaillons", "Le cabinet"),
        about_paragraphs=(
            "Nous commençons par comprendre votre situation : votre activité, vos "
            "projets, vos contraintes. Ensuite seulement, nous vous proposons un accompagnement "
            "adapté.",
            "Nous vous expliquons les chiffres avec des mots simples. Vous savez ce que nous "
            "faisons, pourquoi, et ce que cela change pour vous.",
            "Avant de commencer, nous convenons avec vous de ce que nous prenons en charge et de "
            "ce que cela coûte.",
        ),
        offerings_headings=("Nos services", "Comment nous vous aidons"),
        offerings_intro=(
            "Les missions que nous prenons en charge pour vous.",
            "Un besoin qui ne figure pas ici ? Demandez-nous.",
        ),
        offering_blurbs=(
            "Parlons-en lors d’un premier échange.",
            "Un périmètre défini avec vous.",
            "Demandez-nous ce que cela comprend.",
            "Des explications claires, sans jargon.",
            "Adapté à votre situation.",
        ),
        process_heading="Comment nous travaillons",
        steps=(
            Pair("Premier échange", "Vous nous présentez votre situation et vos besoins."),
            Pair("Proposition", "Nous définissons ensemble la mission et les honoraires."),
            Pair("Suivi", "Nous avançons avec vous et restons joignables pour vos questions."),
        ),
        faq=(
            Pair(
                "Travaillez-vous avec les indépendants comme avec les sociétés ?",
                "Décrivez-nous votre activité : nous vous dirons si nous pouvons vous "
                "accompagner, et comment.",
            ),
            Pair(
                "Comment sont calculés vos honoraires ?",
                "Ils dépendent de votre situation et des missions confiées. Demandez-nous de "
                "vous les présenter avant tout engagement.",
            ),
            Pair(
                "Quels documents dois-je fournir ?",
                "Cela dépend de la mission. Demandez-nous la liste des pièces utiles.",
            ),
            Pair(
                "Peut-on changer de cabinet en cours d’année ?",
                "Parlons-en : nous vous expliquerons les démarches.",
            ),
            Pair(
                "Mes informations restent-elles confidentielles ?",
                "Demandez-nous comment vos informations sont utilisées et protégées : nous vous "
                "répondrons précisément.",
            ),
        ),
        cta_headings=("Parlons de vos chiffres", "Un premier échange ?"),
        cta_lines=(
            "Contactez-nous pour faire le point sur votre situation.",
            "Présentez-nous votre besoin : nous vous dirons comment nous pouvons vous aider.",
        ),
        meta_descriptions=(
            "{name} à {location} : nos services, notre méthode et comment nous contacter.",
            "{name} : des chiffres clairs et un conseil concret. Découvrez nos services.",
        ),
        taglines=(
            "Vos chiffres, en clair",
            "Des comptes sereins",
            "Conseil financier à {location}",
        ),
    ),
}

# Software products; design studios and photographers; shops; watchmakers and jewellers.
_SECTORS_C = {
    "software": SectorWords(
        keywords=_words(
            "logiciel, logiciels, saas, application mobile, application web, applis, appli mobile, "
            "outil de développement, outils de développement, outils pour développeurs, "
            "développeurs, developpeurs, open source, open-source, cloud, intelligence "
            "artificielle, cybersécurité, cybersecurite, base de données, bases de données, "
            "devops, éditeur de logiciel, editeur de logiciel, plateforme logicielle"
        ),
        label="Logiciel",
        hero_headings=(
            "Découvrez {name}",
            "Un outil pensé pour votre quotidien",
            "Installez, configurez, avancez",
        ),
        hero_lines=(
            "Voici ce que fait {name}, comment il fonctionne et comment démarrer.",
            "Parcourez les fonctionnalités de l’outil, puis lancez-vous.",
        ),
        primary_action="Commencer",
        about_headings=("Pourquoi {name}", "Notre approche", "Comment nous construisons"),
        about_paragraphs=(
            "Nous construisons {name} pour qu’il se fasse oublier : l’outil fait son travail, "
            "vous faites le vôtre.",
            "Nous écoutons celles et ceux qui utilisent {name} au quotidien, et leurs retours "
            "guident la suite.",
            "Une question technique, un bug, une idée ? Écrivez-nous : chaque retour nous aide à "
            "améliorer le produit.",
        ),
        offerings_headings=("Fonctionnalités", "Ce que fait {name}"),
        offerings_intro=(
            "Ce que {name} vous permet de faire.",
            "L’essentiel, en un coup d’œil.",
        ),
        offering_blurbs=(
            "Posez-nous vos questions techniques.",
            "Voyez comment cela s’intègre à votre travail.",
            "Plus de détails sur demande.",
            "Pensé pour un usage quotidien.",
            "Dites-nous ce qui vous manque.",
        ),
        process_heading="Comment ça marche",
        steps=(
            Pair("Installez", "Créez votre compte ou installez l’outil."),
            Pair("Configurez", "Adaptez les réglages à votre façon de travailler."),
            Pair("Avancez", "Utilisez-le au quotidien, et dites-nous ce qui manque."),
        ),
        faq=(
            Pair(
                "Comment démarrer ?",
                "Suivez les étapes d’installation ou de création de compte. Si vous bloquez, "
                "écrivez-nous : nous vous aiderons.",
            ),
            Pair(
                "Mes données sont-elles protégées ?",
                "Demandez-nous comment vos données sont stockées et protégées : nous vous "
                "répondrons précisément.",
            ),
            Pair(
                "Peut-on l’essayer avant de s’engager ?",
                "Contactez-nous : nous vous dirons quelles options existent pour découvrir {name}.",
            ),
            Pair(
                "Est-ce compatible avec mes outils ?",
                "Dites-nous quels outils vous utilisez : nous vous dirons ce qui est possible "
                "aujourd’hui.",
            ),
            Pair(
                "Comment signaler un bug ?",
                "Écrivez-nous en décrivant ce que vous faisiez, ce que vous attendiez et ce qui "
                "s’est passé. Une capture d’écran aide toujours.",
            ),
        ),
        cta_headings=("Passez à la pratique", "Voyez par vous-même", "Lancez-vous"),
        cta_lines=(
            "Une question avant de commencer ? Écrivez-nous.",
            "Découvrez {name} sur vos propres projets.",
        ),
        meta_descriptions=(
            "{name} : ce que fait l’outil, comment il fonctionne et comment démarrer.",
            "{name} : fonctionnalités, prise en main et réponses à vos questions.",
        ),
        taglines=(
            "L’outil qui va à l’essentiel",
            "Pensé pour votre quotidien",
            "Installez, avancez",
        ),
    ),
    "creative": SectorWords(
        keywords=_words(
            "graphis, design graphique, designer, design, studio de design, studio de création, "
            "studio créatif, agence de communication, agence créative, agence de design, agence "
            "web, photographe, photograph, vidéaste, videaste, illustrat, directeur artistique, "
            "direction artistique, identité visuelle, branding, webdesign, motion design, "
            "architecte d’intérieur, architecte d'intérieur, architecte, scénograph, scenograph, "
            "typograph, création graphique"
        ),
        label="Création",
        hero_headings=(
            "Donner forme à vos idées",
            "Des images qui vous ressemblent",
            "Vos idées, mises en forme",
        ),
        hero_lines=(
            "Voici comment travaille {name}, ce que nous réalisons et comment lancer votre projet.",
            "Une idée, un besoin, une échéance ? Parlons-en.",
        ),
        primary_action="Lancer un projet",
        about_headings=("Notre approche", "Comment nous travaillons", "Notre méthode"),
        about_paragraphs=(
            "Chaque projet commence par une conversation : ce que vous voulez dire, à qui, et "
            "dans quel cadre. Nous posons les questions utiles avant de proposer quoi que ce "
            "soit.",
            "Vous suivez le travail à chaque étape. Nous vous montrons les pistes, nous écoutons "
            "vos retours et nous ajustons ensemble.",
            "Le périmètre, le calendrier et le budget sont fixés avec vous avant de commencer, "
            "pour que chacun sache où il va.",
        ),
        offerings_headings=("Ce que nous faisons", "Nos services"),
        offerings_intro=(
            "Ce que nous réalisons pour vous.",
            "Chaque projet est différent : parlons du vôtre.",
        ),
        offering_blurbs=(
            "Parlons de votre projet.",
            "Sur devis, selon votre projet.",
            "Demandez-nous des exemples.",
            "Pensé avec vous, étape par étape.",
            "Adapté à vos supports.",
        ),
        process_heading="Notre méthode",
        steps=(
            Pair("Échange", "Vous nous parlez de votre projet, de vos objectifs et de vos délais."),
            Pair("Proposition", "Nous vous présentons une approche, un calendrier et un devis."),
            Pair("Création", "Nous avançons avec vous, étape par étape, jusqu’à la livraison."),
        ),
        faq=(
            Pair(
                "Comment se passe un premier rendez-vous ?",
                "Vous nous présentez votre projet, vos contraintes et vos envies. Nous vous "
                "posons des questions, puis nous revenons vers vous avec une proposition.",
            ),
            Pair(
                "Combien coûte un projet ?",
                "Cela dépend du périmètre et des délais. Demandez-nous un devis après un premier "
                "échange.",
            ),
            Pair(
                "Combien de temps faut-il prévoir ?",
                "Chaque projet a son rythme. Parlons-en dès le premier échange.",
            ),
            Pair(
                "Puis-je voir des exemples de votre travail ?",
                "Demandez-nous : nous vous dirons ce que nous pouvons vous montrer.",
            ),
            Pair(
                "À qui appartiennent les créations ?",
                "Posez-nous la question avant de signer : nous vous dirons quels droits "
                "d’utilisation s’appliquent.",
            ),
        ),
        cta_headings=("Un projet en tête ?", "Parlons de votre projet"),
        cta_lines=(
            "Racontez-nous votre idée : nous vous dirons comment la mener à bien.",
            "Contactez-nous pour un premier échange.",
        ),
        meta_descriptions=(
            "{name}, création à {location} : notre méthode et comment nous contacter.",
            "{name} : vos idées, mises en forme avec vous. Découvrez notre approche.",
        ),
        taglines=(
            "Donner forme à vos idées",
            "Des idées, mises en forme",
            "Création à {location}",
        ),
    ),
    "retail": SectorWords(
        keywords=_words(
            "boutique, magasin, épicerie, epicerie, fleuriste, fleurs, librairie, caviste, cave à "
            "vins, cave a vins, concept store, friperie, quincaillerie, papeterie, disquaire, "
            "jouets, prêt-à-porter, pret-a-porter, vêtements, vetements, chaussures, commerce de "
            "proximité, e-commerce, vente en ligne, opticien, droguerie, bazar, magasin de vélos, "
            "articles de sport, vélociste, magasin bio, épicerie bio, produits en vrac, épicerie "
            "vrac"
        ),
        label="Boutique",
        hero_headings=(
            "Bienvenue à la boutique",
            "Entrez, on vous conseille",
            "Votre boutique à {location}",
        ),
        hero_lines=(
            "Prenez le temps de flâner, et demandez-nous conseil.",
            "Découvrez ce que vous trouverez en boutique, nos horaires et comment venir.",
        ),
        primary_action="Découvrir la boutique",
        about_headings=("La boutique", "Notre sélection", "L’esprit de la boutique"),
        about_paragraphs=(
            "Ici, chaque article a sa place. Nous connaissons ce que nous vendons et nous aimons "
            "en parler.",
            "Vous cherchez quelque chose de précis, ou une idée de cadeau ? Dites-nous pour qui "
            "et pour quelle occasion : nous vous aiderons à trouver.",
            "Un article manque en rayon ? Demandez-nous : nous vous dirons s’il est possible de "
            "le commander ou de le mettre de côté.",
        ),
        offerings_headings=("En boutique", "Ce que vous trouverez"),
        offerings_intro=(
            "Un aperçu de ce que vous trouverez chez nous.",
            "Pour le reste, venez voir en boutique.",
        ),
        offering_blurbs=(
            "À découvrir en boutique.",
            "Demandez-nous conseil.",
            "Disponibilité sur demande.",
            "Passez le voir en boutique.",
            "Une question ? Demandez-nous.",
        ),
        process_heading="Comment ça se passe",
        steps=(
            Pair("Venez", "Passez à la boutique ou écrivez-nous."),
            Pair("Choisissez", "Nous vous conseillons si vous le souhaitez."),
            Pair(
                "Repartez", "Avec ce qu’il vous faut, ou une idée claire de ce que vous cherchez."
            ),
        ),
        faq=(
            Pair(
                "Pouvez-vous commander un article ?",
                "Demandez-nous : nous vous dirons s’il est possible de le faire venir, et dans "
                "quel délai.",
            ),
            Pair(
                "Faites-vous des paquets cadeaux ?",
                "Posez-nous la question au moment de régler vos achats.",
            ),
            Pair(
                "Peut-on échanger un article ?",
                "Gardez votre ticket et parlez-nous-en : nous vous expliquerons les conditions "
                "d’échange.",
            ),
            Pair(
                "Pouvez-vous me mettre un article de côté ?",
                "Appelez-nous ou écrivez-nous : nous vous dirons si c’est possible.",
            ),
            Pair(
                "Peut-on commander à distance ?",
                "Écrivez-nous pour savoir ce qui est possible à distance.",
            ),
        ),
        cta_headings=("Passez à la boutique", "À très bientôt"),
        cta_lines=(
            "Venez flâner : nous serons là pour vous conseiller.",
            "Une question sur un article ? Contactez-nous ou passez nous voir.",
        ),
        meta_descriptions=(
            "{name}, boutique à {location} : ce que vous trouverez, nos horaires et comment venir.",
            "{name} : découvrez la boutique, nos conseils, nos horaires et comment venir.",
        ),
        taglines=(
            "Entrez, on vous conseille",
            "Choisir, bien conseillé",
            "Flâner et choisir à {location}",
        ),
    ),
    "luxury": SectorWords(
        keywords=_words(
            "horlog, joaill, bijout, bijoux, haute joaillerie, haute couture, maison de luxe, de "
            "luxe, luxueu, orfèvr, orfevr, maroquinerie de luxe, sellier, malletier, parfumeur, "
            "diamant, montres de luxe, créateur de bijoux, createur de bijoux, sur-mesure de luxe"
        ),
        label="Haute facture",
        hero_headings=(
            "Nos pièces, sur rendez-vous",
            "Le goût des belles choses",
            "{name}, {location}",
        ),
        hero_lines=(
            "Découvrez l’univers de la maison, et parlons de ce que vous recherchez.",
            "Découvrez nos pièces et notre savoir-faire, de près.",
        ),
        primary_action="Découvrir la maison",
        about_headings=("La maison", "Le savoir-faire", "Nos pièces, sur rendez-vous"),
        about_paragraphs=(
            "Ici, chaque pièce demande du temps, de l’attention et une grande précision. Nous "
            "préférons bien faire que faire vite.",
            "Nous prenons le temps de vous présenter chaque pièce et la façon d’en prendre soin. "
            "Posez toutes vos questions : c’est ainsi que se fait un choix juste.",
            "Un projet sur mesure, une pièce à restaurer ou à entretenir ? Parlons-en : nous vous "
            "dirons ce qu’il est possible de faire.",
        ),
        offerings_headings=("Les créations", "Nos savoir-faire"),
        offerings_intro=(
            "Un aperçu de ce que vous découvrirez chez nous.",
            "Chaque pièce se découvre de près.",
        ),
        offering_blurbs=(
            "Présentation sur demande.",
            "Renseignements auprès de la maison.",
            "À découvrir de près.",
            "Conseil personnalisé sur demande.",
            "Une pièce à voir de ses propres yeux.",
        ),
        process_heading="Votre accompagnement",
        steps=(
            Pair("Rencontre", "Parlez-nous de ce que vous recherchez."),
            Pair("Conseil", "Nous vous présentons les pièces et les possibilités."),
            Pair("Le choix", "Vous décidez à votre rythme, en toute sérénité."),
        ),
        faq=(
            Pair(
                "Faut-il prendre rendez-vous ?",
                "Contactez-nous avant votre visite : nous pourrons vous consacrer le temps qu’il "
                "faut.",
            ),
            Pair(
                "Réalisez-vous des pièces sur mesure ?",
                "Parlez-nous de votre projet : nous vous dirons ce qui est possible, et comment "
                "nous procéderions.",
            ),
            Pair(
                "Assurez-vous l’entretien et la réparation ?",
                "Apportez-nous la pièce ou décrivez-la-nous : nous vous dirons ce qu’il est "
                "possible de faire.",
            ),
            Pair(
                "Que se passe-t-il après l’achat ?",
                "Posez-nous la question avant d’acheter : nous vous dirons ce qui est prévu pour "
                "la pièce qui vous intéresse.",
            ),
            Pair(
                "Un conseil à distance est-il possible ?",
                "Écrivez-nous en décrivant ce que vous recherchez : nous vous répondrons "
                "personnellement.",
            ),
        ),
        cta_headings=("Rencontrons-nous", "Parlons de votre projet"),
        cta_lines=(
            "Contactez la maison pour convenir d’un rendez-vous.",
            "Pour toute demande, la maison se tient à votre disposition.",
        ),
        meta_descriptions=(
            "{name}, {location} : la maison, ses pièces et son savoir-faire.",
            "{name} : découvrez la maison, ses créations et son savoir-faire.",
        ),
        taglines=("Nos pièces, sur rendez-vous", "Le goût des belles choses", "Sur rendez-vous"),
    ),
}

# Building trades; tutors and schools; hotels and guesthouses; associations; anything else.
_SECTORS_D = {
    "trades": SectorWords(
        keywords=_words(
            "plombier, plomberie, électricien, electricien, électricité générale, electricite "
            "generale, menuisier, menuiserie, charpent, maçon, macon, maçonnerie, maconnerie, "
            "couvreur, toiture, chauffagiste, chauffage, climatisation, serrurier, serrurerie, "
            "carreleur, carrelage, plâtrier, platrier, plaquiste, peintre en bâtiment, peintre en "
            "batiment, artisan du bâtiment, entreprise de bâtiment, bâtiment, batiment, "
            "rénovation, renovation, travaux, dépannage, depannage, paysagiste, vitrier, "
            "isolation, terrassement, multiservice, cuisiniste, ébéniste, ebeniste"
        ),
        label="Artisan du bâtiment",
        hero_headings=(
            "Parlez-nous de vos travaux",
            "Votre artisan à {location}",
            "D’abord un devis, ensuite les travaux",
        ),
        hero_lines=(
            "Nous prenons en charge vos travaux, du premier devis à la fin du chantier.",
            "Expliquez-nous votre besoin : nous vous dirons comment nous pouvons vous aider.",
        ),
        primary_action="Demander un devis",
        about_headings=("Notre façon de travailler", "Sur le chantier", "Qui nous sommes"),
        about_paragraphs=(
            "Avant tout chantier, nous évaluons le travail et vous remettons un devis détaillé. "
            "Vous savez ce qui sera fait, avec quels matériaux et à quel prix.",
            "Pendant les travaux, nous vous tenons au courant de l’avancement. Si un imprévu se "
            "présente, nous vous en parlons avant d’agir.",
            "À la fin des travaux, nous laissons les lieux propres et faisons le point avec vous.",
        ),
        offerings_headings=("Nos prestations", "Ce que nous faisons"),
        offerings_intro=(
            "Les travaux que nous prenons en charge.",
            "Votre besoin n’apparaît pas ici ? Demandez-nous.",
        ),
        offering_blurbs=(
            "Devis sur demande.",
            "Expliquez-nous votre besoin.",
            "Nous étudions chaque demande.",
            "Un travail expliqué avant d’être fait.",
            "Posez-nous vos questions.",
        ),
        process_heading="Le déroulement d’une intervention",
        steps=(
            Pair(
                "Votre demande", "Décrivez-nous le travail à faire, photos à l’appui si possible."
            ),
            Pair("Le devis", "Nous évaluons le chantier et vous remettons un devis détaillé."),
            Pair(
                "Les travaux", "Nous intervenons à la date convenue et faisons le point avec vous."
            ),
        ),
        faq=(
            Pair(
                "Comment obtenir un devis ?",
                "Décrivez-nous les travaux par téléphone ou par message, avec des photos si "
                "possible. Nous vous dirons si une visite est nécessaire pour chiffrer.",
            ),
            Pair(
                "Intervenez-vous en urgence ?",
                "Appelez-nous et décrivez le problème : nous vous dirons si et quand nous pouvons "
                "intervenir.",
            ),
            Pair(
                "Dans quel secteur intervenez-vous ?",
                "Indiquez-nous l’adresse du chantier : nous vous dirons si nous pouvons nous "
                "déplacer.",
            ),
            Pair(
                "Êtes-vous assurés ?",
                "Demandez-nous nos attestations d’assurance avant de signer : c’est un bon "
                "réflexe avec tout artisan.",
            ),
            Pair(
                "Combien de temps vont durer les travaux ?",
                "Cela dépend du chantier. Demandez-nous le délai prévu avec le devis.",
            ),
        ),
        cta_headings=("Un projet de travaux ?", "Parlons de votre chantier"),
        cta_lines=(
            "Décrivez-nous vos travaux, nous reviendrons vers vous avec un devis.",
            "Une panne, un projet ? Contactez-nous.",
        ),
        meta_descriptions=(
            "{name}, artisan à {location} : nos prestations, notre méthode et demande de devis.",
            "{name} : travaux, dépannage et rénovation. Décrivez-nous votre projet pour un devis.",
        ),
        taglines=(
            "Demandez un devis",
            "D’abord un devis",
            "Vos travaux à {location}",
        ),
    ),
    "tutoring": SectorWords(
        keywords=_words(
            "cours particuliers, cours de langue, cours de langues, cours de musique, cours de "
            "piano, cours de guitare, cours de chant, cours de dessin, cours d’anglais, cours "
            "d'anglais, soutien scolaire, aide aux devoirs, tutorat, professeur particulier, prof "
            "particulier, école de langues, ecole de langues, école de musique, ecole de musique, "
            "école de danse, ecole de danse, organisme de formation, centre de formation, "
            "formateur, formatrice, enseignement, conservatoire, "
            "préparation aux examens, preparation aux examens, classes prépa, leçons, lecons, "
            "stages de vacances, professeur de piano, professeur de musique, professeur de chant, "
            "professeur de guitare, professeur de langues, professeur d’anglais, professeur "
            "d'anglais, professeur de français, professeur de mathématiques, professeur de maths, "
            "prof de maths, prof de piano"
        ),
        label="Cours & formation",
        hero_headings=(
            "Apprendre à votre rythme",
            "Progresser, pas à pas",
            "Des cours qui vous font avancer",
        ),
        hero_lines=(
            "Nous vous accompagnons, quel que soit votre point de départ.",
            "Découvrez les cours, leur déroulement et comment vous inscrire.",
        ),
        primary_action="S’inscrire",
        about_headings=("Notre approche", "Apprendre avec nous", "Notre pédagogie"),
        about_paragraphs=(
            "Chaque élève arrive avec son niveau, ses objectifs et sa façon d’apprendre. Nous "
            "partons de là pour construire un accompagnement qui lui ressemble.",
            "Chez nous, on apprend en pratiquant. Les explications sont claires, les exercices "
            "concrets, et les questions toujours bienvenues.",
            "Nous faisons régulièrement le point sur les progrès, avec l’élève et, s’il y a lieu, "
            "avec sa famille.",
        ),
        offerings_headings=("Nos cours", "Ce que nous proposons"),
        offerings_intro=(
            "Les cours et accompagnements que nous proposons.",
            "Vous hésitez ? Demandez-nous conseil.",
        ),
        offering_blurbs=(
            "Pour quel niveau ? Demandez-nous.",
            "Un contenu adapté à chaque élève.",
            "Renseignements sur demande.",
            "Posez-nous vos questions.",
            "Pour apprendre à votre rythme.",
        ),
        process_heading="Pour commencer",
        steps=(
            Pair("Premier contact", "Parlez-nous de votre niveau et de vos objectifs."),
            Pair("Bilan", "Nous évaluons où vous en êtes et vous proposons un parcours."),
            Pair("Les cours", "Vous progressez, et nous faisons le point régulièrement."),
        ),
        faq=(
            Pair(
                "Pour quel niveau ?",
                "Dites-nous d’où vous partez : nous vous dirons si nos cours vous conviennent et "
                "par quoi commencer.",
            ),
            Pair(
                "Peut-on faire un cours d’essai ?",
                "Demandez-nous : nous vous dirons comment découvrir nos cours avant de vous "
                "engager.",
            ),
            Pair(
                "Les cours ont-ils lieu en ligne ou sur place ?",
                "Cela dépend des cours. Posez-nous la question : nous vous indiquerons les "
                "possibilités.",
            ),
            Pair(
                "Que se passe-t-il si je manque un cours ?",
                "Prévenez-nous dès que possible : nous vous expliquerons les possibilités de "
                "report ou de rattrapage.",
            ),
            Pair(
                "Comment suivre les progrès ?",
                "Demandez-nous comment nous faisons le point avec l’élève, et avec la famille "
                "pour les plus jeunes.",
            ),
        ),
        cta_headings=("Envie d’apprendre ?", "Commençons ensemble"),
        cta_lines=(
            "Contactez-nous pour faire le point sur votre niveau et vos objectifs.",
            "Une question sur un cours ? Contactez-nous.",
        ),
        meta_descriptions=(
            "{name} à {location} : nos cours, notre façon d’enseigner et comment vous inscrire.",
            "{name} : des cours pour progresser à votre rythme. Découvrez notre approche.",
        ),
        taglines=("Apprendre à votre rythme", "Progresser pas à pas", "Vos cours à {location}"),
    ),
    "hospitality": SectorWords(
        keywords=_words(
            "hôtel, hotel, hôtellerie, hotellerie, chambre d’hôtes, chambres d’hôtes, chambre "
            "d'hôtes, chambres d'hôtes, chambres d’hôte, chambres d'hôte, chambres d'hotes, maison "
            "d’hôtes, maison d'hôtes, maison d'hotes, gîte, gite, auberge, hébergement, "
            "hebergement, résidence de tourisme, residence de tourisme, camping, location "
            "saisonnière, location saisonniere, location de vacances, boutique-hôtel, boutique "
            "hôtel, boutique-hotel, glamping, écolodge, hôtel de charme, hotel de charme, hôtel "
            "familial, petit hôtel, hôtels, hotels"
        ),
        label="Hébergement",
        hero_headings=(
            "Posez vos valises",
            "Un séjour à votre rythme",
            "Votre séjour à {location}",
        ),
        hero_lines=(
            "Découvrez les lieux, les chambres et comment réserver votre séjour.",
            "{name} vous accueille à {location} : voici tout ce qu’il faut savoir avant de venir.",
        ),
        primary_action="Réserver un séjour",
        about_headings=("Bienvenue", "L’esprit des lieux", "Votre séjour"),
        about_paragraphs=(
            "Nous voulons que vous vous sentiez bien dès votre arrivée. Une question sur votre "
            "séjour ? Posez-la avant de venir, nous vous répondrons.",
            "Un besoin particulier, une arrivée tardive, un séjour avec des enfants ? "
            "Prévenez-nous en réservant : nous verrons ensemble ce qui est possible.",
            "Nous partageons volontiers nos adresses et nos idées de sorties pour découvrir les "
            "environs.",
        ),
        offerings_headings=("Les chambres", "Séjourner chez nous"),
        offerings_intro=(
            "Ce que nous vous proposons pour votre séjour.",
            "Pour toute demande particulière, contactez-nous.",
        ),
        offering_blurbs=(
            "Disponibilités sur demande.",
            "Demandez-nous les détails.",
            "Renseignez-vous au moment de réserver.",
            "Posez-nous vos questions avant de venir.",
            "Pour un séjour à votre rythme.",
        ),
        process_heading="Votre séjour",
        steps=(
            Pair("Réservez", "Indiquez vos dates et le nombre de personnes."),
            Pair("Arrivez", "Nous vous accueillons et vous présentons les lieux."),
            Pair("Profitez", "Reposez-vous, nous restons disponibles."),
        ),
        faq=(
            Pair(
                "À quelle heure peut-on arriver ?",
                "Les horaires d’arrivée et de départ vous sont précisés à la réservation. Pour "
                "une arrivée tardive ou matinale, prévenez-nous.",
            ),
            Pair(
                "Le petit-déjeuner est-il compris ?",
                "Cela dépend de votre réservation. Demandez-nous au moment de réserver.",
            ),
            Pair(
                "Les animaux sont-ils acceptés ?",
                "Posez-nous la question avant de réserver : nous vous dirons ce qui est possible.",
            ),
            Pair(
                "Peut-on se garer facilement ?",
                "Demandez-nous : nous vous indiquerons les possibilités de stationnement à "
                "proximité.",
            ),
            Pair(
                "Comment modifier ou annuler une réservation ?",
                "Contactez-nous dès que possible, et demandez-nous les conditions d’annulation "
                "avant de réserver.",
            ),
        ),
        cta_headings=("Envie de venir ?", "À très bientôt"),
        cta_lines=(
            "Indiquez-nous vos dates : nous vous répondrons avec nos disponibilités.",
            "Une question avant de réserver ? Contactez-nous.",
        ),
        meta_descriptions=(
            "{name} à {location} : les chambres, les services et la réservation de votre séjour.",
            "{name} : découvrez les lieux, les chambres et comment réserver votre séjour.",
        ),
        taglines=(
            "Posez vos valises",
            "Un séjour en toute simplicité",
            "Séjourner à {location}",
        ),
    ),
    "nonprofit": SectorWords(
        keywords=_words(
            "association, associatif, associative, fondation, caritati, bénévol, benevol, "
            "humanitaire, solidarit, solidaire, à but non lucratif, a but non lucratif, non "
            "lucratif, organisation non gouvernementale, entraide, œuvre caritative, collecte de "
            "fonds, utilité publique, utilite publique"
        ),
        label="Association",
        hero_headings=(
            "Agir ensemble",
            "Chaque soutien compte",
            "{name}, à {location}",
        ),
        hero_lines=(
            "Découvrez ce que fait {name}, et comment vous pouvez y participer.",
            "Donner, s’engager, faire connaître : il existe plusieurs façons d’aider.",
        ),
        primary_action="Nous soutenir",
        about_headings=("Notre mission", "Ce que nous faisons", "Pourquoi nous agissons"),
        about_paragraphs=(
            "Nous agissons avec et pour les personnes concernées. Nos actions reposent sur "
            "l’engagement de celles et ceux qui nous rejoignent et nous soutiennent.",
            "Vous voulez savoir comment les dons sont utilisés ? Posez-nous la question : nous "
            "vous répondrons en toute transparence.",
            "Vous voulez en savoir plus, proposer votre aide ou simplement poser une question ? "
            "Contactez-nous, nous vous répondrons.",
        ),
        offerings_headings=("Nos actions", "Ce que nous faisons"),
        offerings_intro=(
            "Les actions que nous menons.",
            "Pour en savoir plus sur une action, contactez-nous.",
        ),
        offering_blurbs=(
            "Vous voulez y participer ? Contactez-nous.",
            "Toute aide est la bienvenue.",
            "Demandez-nous comment vous impliquer.",
            "Parlez-en autour de vous.",
            "Écrivez-nous pour en savoir plus.",
        ),
        process_heading="Comment nous aider",
        steps=(
            Pair("Découvrez", "Prenez connaissance de nos actions."),
            Pair("Choisissez", "Don, bénévolat ou simple partage : à vous de voir."),
            Pair("Agissez", "Contactez-nous, nous vous guidons pour la suite."),
        ),
        faq=(
            Pair(
                "Comment mon don est-il utilisé ?",
                "Les dons servent à financer nos actions. Pour savoir précisément comment ils "
                "sont répartis, écrivez-nous : nous vous répondrons.",
            ),
            Pair(
                "Mon don ouvre-t-il droit à une réduction d’impôt ?",
                "Cela dépend du statut de la structure. Posez-nous la question avant de donner : "
                "nous vous dirons si un reçu fiscal peut vous être délivré.",
            ),
            Pair(
                "Comment devenir bénévole ?",
                "Écrivez-nous en indiquant ce que vous aimeriez faire et vos disponibilités : "
                "nous vous dirons comment vous pouvez aider.",
            ),
            Pair(
                "Faut-il des compétences particulières ?",
                "Dites-nous ce que vous savez faire et ce que vous aimeriez apprendre : nous "
                "verrons ensemble où vous pouvez être utile.",
            ),
            Pair(
                "Peut-on aider autrement qu’en donnant ?",
                "Oui : en parlant de nos actions autour de vous, en donnant de votre temps ou en "
                "nous mettant en relation avec d’autres personnes.",
            ),
        ),
        cta_headings=("Agissez avec nous", "Soutenez {name}"),
        cta_lines=(
            "Donner, s’engager, faire connaître : chaque soutien compte.",
            "Contactez-nous pour savoir comment aider.",
        ),
        meta_descriptions=(
            "{name} : nos actions, comment faire un don et comment devenir bénévole.",
            "{name}, à {location} : découvrez nos actions et les façons de nous soutenir.",
        ),
        taglines=("Agir ensemble", "Chaque soutien compte", "Ensemble, à {location}"),
    ),
    "generic": SectorWords(
        keywords=(),
        label="Entreprise",
        hero_headings=(
            "Parlons de ce dont vous avez besoin",
            "Ce que nous faisons, simplement",
            "{name}, à {location}",
        ),
        hero_lines=(
            "Découvrez ce que propose {name} et comment nous contacter.",
            "{name} : ce que nous faisons, comment nous travaillons et comment nous joindre.",
        ),
        primary_action="Nous contacter",
        about_headings=("Qui nous sommes", "Notre approche", "Comment nous travaillons"),
        about_paragraphs=(
            "Vous voulez en savoir plus ? Posez-nous vos questions : nous vous répondrons.",
            "Vous savez à qui vous adresser et à quoi vous attendre. Une question ? Posez-la : "
            "nous vous répondrons simplement.",
            "Notre public : {audience}. Une question ? Demandez-nous.",
        ),
        offerings_headings=("Ce que nous proposons", "Nos services"),
        offerings_intro=(
            "Un aperçu de ce que nous vous proposons.",
            "Une question sur l’un de nos services ? Demandez-nous.",
        ),
        offering_blurbs=(
            "Demandez-nous ce qui vous convient.",
            "Plus de détails sur demande.",
            "Parlons de votre besoin.",
            "Posez-nous vos questions.",
            "Renseignez-vous auprès de nous.",
        ),
        process_heading="Comment ça se passe",
        steps=(
            Pair("Prenez contact", "Expliquez-nous votre besoin."),
            Pair("Échangeons", "Nous vous proposons une réponse adaptée."),
            Pair("La suite", "Nous convenons ensemble de la suite."),
        ),
        faq=(
            Pair(
                "Comment se passe un premier contact ?",
                "Vous nous expliquez votre besoin, nous vous posons quelques questions et nous "
                "vous disons comment nous pouvons vous aider.",
            ),
            Pair(
                "Combien cela coûte-t-il ?",
                "Cela dépend de ce qui vous intéresse. Posez-nous la question : nous vous "
                "indiquerons le prix.",
            ),
            Pair(
                "Est-ce pour moi ?",
                "Dites-nous ce que vous cherchez : nous vous dirons si nous pouvons vous aider.",
            ),
            Pair(
                "Où trouver plus d’informations ?",
                "Sur ce site, et auprès de nous : écrivez-nous ou appelez-nous.",
            ),
            Pair(
                "Et si j’ai une question plus tard ?",
                "Recontactez-nous simplement : nous vous répondrons volontiers.",
            ),
        ),
        cta_headings=("Parlons-en", "Un projet, une demande ?"),
        cta_lines=(
            "Contactez-nous : nous vous répondrons avec plaisir.",
            "Expliquez-nous votre besoin : nous vous dirons comment nous pouvons aider.",
        ),
        meta_descriptions=(
            "{name} à {location} : ce que nous proposons, notre approche et nos coordonnées.",
            "{name} : nos services, notre façon de travailler et comment nous contacter.",
        ),
        taglines=(
            "À votre écoute",
            "Clair, simple, à votre écoute",
            "À votre écoute, à {location}",
        ),
    ),
}

BOOK = Phrasebook(
    code="fr",
    sectors={**_SECTORS_A, **_SECTORS_B, **_SECTORS_C, **_SECTORS_D},
    pages=_PAGES,
    tones=_TONES,
    interface=_INTERFACE,
)
