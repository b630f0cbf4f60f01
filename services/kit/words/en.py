"""The English phrasebook: what the offline provider writes for a site in English.

British spelling, written to read naturally to American visitors too. Nothing here states a
fact about a business: names, prices, figures, dates and credentials come from the brief.
"""

from __future__ import annotations

from services.kit.phrasebook import Interface, PageWords, Pair, Phrasebook, SectorWords, ToneWords

# Words that identify each sector in a brief's industry or description (generic has none: it
# is what remains). They match as word starts and the longest match wins, so a specific
# phrase ("dental practice", "personal trainer") outweighs a word any business might use,
# and ambiguous words appear only inside phrases: "tea" would catch "team", "law" "lawn",
# "app" "appointment", "deli" "delivery", "villa" "village", "tailor" "tailored".
SECTOR_KEYWORDS: dict[str, tuple[str, ...]] = {
    "food": (
        "restaurant", "bistro", "brasserie", "trattoria", "osteria", "taverna", "pizzeria",
        "bakery", "bakeries", "baker", "bakehouse", "patisserie", "pâtisserie", "boulangerie",
        "delicatessen", "caterer", "catering company", "eatery", "eateries", "diner",
        "fine dining", "steakhouse", "gastropub", "sushi", "ramen", "noodle bar", "tapas",
        "chef", "cuisine", "takeaway", "take-away", "cake", "food",
    ),
    "street_food": (
        "food truck", "food van", "food trailer", "food cart", "street food", "food stall",
        "market stall", "ice cream van", "ice-cream van", "ice cream truck", "ice cream cart",
        "gelato cart", "coffee van", "coffee cart", "coffee truck", "burger van", "taco truck",
        "horsebox", "pop-up kitchen", "street kitchen", "mobile catering", "mobile bar",
    ),
    "cafe": (
        "cafe", "café", "coffee", "espresso", "roaster", "roastery", "barista", "tea room",
        "tearoom", "tea house", "teahouse", "tea shop", "tea bar", "coffee shop", "coffee house",
        "coffee roaster", "brunch",
    ),
    "dental": (
        "dental", "dentist", "dentistry", "dental practice", "dental clinic", "dental surgery",
        "dental care", "orthodont", "orthodontist", "orthodontics", "endodont", "periodont",
        "hygienist", "cosmetic dentistry", "teeth whitening",
    ),
    "health": (
        "clinic", "medical", "medical practice", "medical centre", "medical center", "doctor",
        "physician", "physio", "physiotherapy", "physiotherapist", "osteopath", "osteopathy",
        "chiropractor", "chiropractic", "podiatrist", "podiatry", "chiropodist", "therapist",
        "therapy", "therapies", "psychologist", "psychotherapy", "psychotherapist",
        "counselling", "counseling", "counsellor", "counselor", "nutritionist", "dietitian",
        "dietician", "massage", "acupuncture", "healthcare", "health clinic", "health centre",
        "health center", "mental health", "wellness clinic", "wellness centre", "pharmacy",
        "pharmacist", "optician", "optometrist", "audiologist", "midwife", "midwives", "nurse",
        "nursing", "care home", "home care", "rehab",
    ),
    "fitness": (
        "gym", "fitness", "fitness studio", "fitness centre", "fitness center", "fitness coach",
        "yoga", "yoga studio", "yoga teacher", "pilates", "pilates studio", "personal trainer",
        "personal training", "crossfit", "boxing", "boxing gym", "kickboxing", "martial arts",
        "jiu-jitsu", "jiu jitsu", "karate", "judo", "taekwondo", "bouldering", "climbing gym",
        "climbing wall", "climbing centre", "spin studio", "spin class", "cycling studio",
        "barre studio", "strength and conditioning", "workout", "hiit", "calisthenics",
        "weightlifting", "powerlifting", "run club", "running club", "zumba",
    ),
    "legal": (
        "law firm", "law office", "law practice", "law centre", "law center", "lawyer",
        "legal", "legal services", "legal advice", "solicitor", "attorney", "barrister",
        "notary", "notaries", "notarial", "paralegal", "conveyancing", "conveyancer",
        "litigation", "probate", "employment law", "family law", "immigration law",
        "commercial law",
    ),
    "finance": (
        "accountant", "accounting", "accountancy", "bookkeeper", "bookkeeping", "tax adviser",
        "tax advisor", "tax advice", "tax return", "taxation", "payroll", "audit",
        "financial adviser", "financial advisor", "financial planner", "financial planning",
        "financial services", "wealth management", "insurance broker", "insurance agency",
        "insurance agent", "mortgage broker", "mortgage adviser", "mortgage advisor",
        "pension adviser", "broker", "brokerage", "corporate finance",
    ),
    "software": (
        "software", "saas", "developer tool", "developer platform", "devtool", "dev tool",
        "sdk", "api", "open-source", "open source", "mobile app", "web app", "ios app",
        "android app", "cloud", "database", "observability", "monitoring tool", "profiler",
        "devops", "kubernetes", "machine learning", "software platform", "analytics platform",
        "plugin", "browser extension", "command-line", "command line", "data pipeline",
    ),
    "creative": (
        "design", "designer", "design studio", "design agency", "creative", "creative studio",
        "creative agency", "digital agency", "branding", "brand identity", "graphic design",
        "illustrator", "illustration", "photographer", "photography", "videographer",
        "videography", "video production", "film production", "animation",
        "motion graphics", "web design", "architecture practice", "architecture studio",
        "architectural", "interior design", "copywriter", "copywriting", "advertising",
        "marketing agency", "art direction",
    ),
    "retail": (
        "shop", "store", "boutique", "retail", "retailer", "florist", "flower shop",
        "bookshop", "bookstore", "bookseller", "gift shop", "homeware", "clothing", "fashion",
        "apparel", "vintage", "stationer", "stationery", "toy shop", "toyshop", "record shop",
        "record store", "grocer", "greengrocer", "butcher", "fishmonger", "cheesemonger",
        "wine merchant", "off-licence", "bottle shop", "hardware store", "garden centre",
        "garden center", "pet shop", "e-commerce", "ecommerce", "online shop", "online store",
        "concept store", "department store", "corner shop",
    ),
    "luxury": (
        "luxury", "jewel", "jeweller", "jewellery", "jewelry", "watchmaker", "watchmaking",
        "horology", "haute couture", "couture", "couturier", "goldsmith", "silversmith",
        "diamonds", "bespoke tailor", "leather goods", "perfumer", "perfumery", "parfum",
        "fine fragrance", "cashmere", "luxury goods", "fine jewellery",
        "fine jewelry",
    ),
    "trades": (
        "plumber", "plumbing", "electrician", "electrical contractor", "builder",
        "building contractor", "construction", "carpenter", "carpentry", "joiner", "joinery",
        "roofer", "roofing", "plasterer", "plastering", "painter and decorator", "decorator",
        "handyman", "locksmith", "glazier", "glazing", "tiler", "tiling", "heating engineer",
        "gas engineer", "boiler", "landscaping", "landscaper", "landscape gardener",
        "gardener", "tree surgeon", "renovation", "refurbishment", "kitchen fitter",
        "bathroom fitter", "flooring", "bricklayer", "bricklaying", "cleaning service",
        "cleaning company", "removals", "hvac", "damp proofing", "loft conversion",
        "scaffolding", "fencing", "lawn care", "lawn mowing", "garden maintenance",
        "hedge trimming", "tree surgery", "gutter cleaning", "window cleaning", "pest control",
        "chimney sweep",
    ),
    "tutoring": (
        "tutor", "tutoring", "tuition", "lesson", "language school", "music school",
        "music teacher", "academy", "teacher",
        "teaching", "courses", "online course", "exam prep", "exam preparation", "gcse",
        "a-level", "a level", "sat prep", "ielts", "toefl", "coaching", "learning centre",
        "learning center", "after-school", "homework club", "school",
    ),
    "hospitality": (
        "hotel", "boutique hotel", "luxury hotel", "country house hotel", "guesthouse",
        "guest house", "b&b", "bed and breakfast", "bed & breakfast", "hostel", "lodge",
        "holiday let", "holiday cottage", "holiday home", "holiday rental", "holiday villa",
        "vacation rental", "self-catering", "glamping", "campsite", "caravan park", "resort",
        "aparthotel", "serviced apartment", "motel", "holiday accommodation",
        "luxury accommodation", "chalet", "spa hotel",
    ),
    "nonprofit": (
        "charity", "charities", "charitable", "nonprofit", "non-profit", "not-for-profit",
        "not for profit", "foundation", "ngo", "volunteer", "food bank", "foodbank",
        "community group", "community interest company", "social enterprise", "mutual aid",
        "fundraising", "fundraiser", "donation", "homeless shelter", "animal shelter",
        "animal rescue", "women's refuge", "advocacy", "campaign group", "registered charity",
    ),
    "generic": (),
}  # fmt: skip

# Slug words of page titles, by the purpose of the page. The first purpose with a matching
# word wins, so purposes named by a phrase ("work-with-us", "what-people-say", "workshops")
# come before those whose short words such a phrase contains ("work", "people", "shop").
PAGE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "volunteer": (
        "volunteer", "volunteers", "volunteering", "get-involved", "join-us", "take-part",
        "join-in", "help-out",
    ),
    "careers": (
        "careers", "career", "jobs", "vacancies", "work-with-us", "join-the-team",
        "join-our-team", "hiring", "were-hiring", "we-re-hiring", "opportunities",
        "positions", "open-roles",
    ),
    "donate": (
        "donate", "donations", "donation", "give", "giving", "support-us", "ways-to-give",
        "make-a-donation", "fundraise", "fundraising", "sponsor", "sponsorship",
    ),
    "reviews": (
        "reviews", "review", "testimonials", "kind-words", "what-people-say",
        "what-our-clients-say", "what-our-customers-say", "client-stories",
        "customer-stories", "feedback", "praise", "guestbook",
    ),
    "events": (
        "events", "event", "whats-on", "what-s-on", "workshops", "calendar",
        "classes-and-events", "upcoming", "upcoming-events", "diary", "tastings", "talks",
    ),
    "team": (
        "team", "our-team", "the-team", "meet-the-team", "people", "our-people", "staff",
        "coaches", "tutors", "teachers", "lawyers", "solicitors", "practitioners",
        "dentists", "clinicians", "therapists", "trainers", "partners", "leadership",
        "founders", "crew",
    ),
    "booking": (
        "book", "booking", "bookings", "book-now", "book-online", "appointments",
        "appointment", "reservations", "reservation", "reserve", "book-a-table",
        "book-a-room", "book-a-class", "book-a-session", "availability",
    ),
    "contact": (
        "contact", "contact-us", "contacts", "get-in-touch", "find-us", "visit", "visit-us",
        "reach-us", "enquiries", "enquiry", "enquire", "inquiries", "inquiry", "say-hello",
        "talk-to-us", "write-to-us", "where-to-find-us", "how-to-find-us", "hours",
        "opening-hours", "opening-times",
    ),
    "about": (
        "about", "about-us", "our-story", "story", "history", "philosophy", "approach",
        "our-approach", "how-we-work", "mission", "values", "ethos", "who-we-are", "why-us",
        "why-choose-us", "studio", "the-studio",
    ),
    "offerings": (
        "menu", "menus", "food", "drinks", "food-and-drink", "coffee", "wine", "services",
        "our-services", "what-we-do", "what-we-offer", "how-we-can-help", "how-we-help",
        "treatments", "products", "shop", "store", "collection", "collections", "flavours",
        "flavors", "rooms", "tours", "courses", "classes", "lessons", "practice-areas",
        "areas-of-practice", "expertise", "specialisms", "specialities", "specialties",
        "programmes", "programs", "catering", "private-hire", "private-dining", "weddings",
        "parties", "cakes", "bakes", "offer", "offers", "solutions", "gift-cards",
        "gift-vouchers", "vouchers",
    ),
    "faq": (
        "faq", "faqs", "questions", "frequently-asked-questions", "common-questions",
        "help", "good-to-know", "q-a", "q-and-a",
    ),
    "features": (
        "features", "feature", "how-it-works", "product", "product-tour", "tour-the-product",
        "capabilities", "integrations", "platform", "overview",
    ),
    "docs": (
        "docs", "documentation", "guides", "guide", "api", "api-reference", "developers",
        "quickstart", "quick-start", "getting-started", "user-manual", "user-guide",
        "tutorials", "knowledge-base",
    ),
    "journal": (
        "blog", "news", "latest-news", "journal", "articles", "insights", "updates", "notes",
        "press", "changelog", "magazine", "stories",
    ),
    "pricing": (
        "pricing", "prices", "price-list", "price", "plans", "fees", "our-fees", "rates",
        "costs", "membership", "memberships", "tariffs", "packages", "subscriptions",
    ),
    "gallery": (
        "gallery", "galleries", "portfolio", "work", "our-work", "selected-work",
        "projects", "case-studies", "photos", "photographs", "pictures", "images",
        "showcase", "lookbook",
    ),
    "location": (
        "location", "directions", "getting-here", "how-to-get-here", "the-area", "area",
        "local-area", "neighbourhood", "neighborhood", "parking", "travel",
    ),
}  # fmt: skip

_FOOD = SectorWords(
    keywords=SECTOR_KEYWORDS["food"],
    label="Food and drink",
    hero_headings=(
        "Pull up a chair",
        "From the kitchen at {name}",
        "Eat well in {location}",
    ),
    hero_lines=(
        "Good cooking and a warm welcome in {location}.",
        "See what's on the menu, check when we're open and come and eat with us.",
        "Drop in, book a table or ask {name} about food for your next occasion.",
    ),
    primary_action="See the menu",
    about_headings=(
        "About our kitchen",
        "What we make and how",
        "The food and the people behind it",
    ),
    about_paragraphs=(
        "Everything we serve is on the menu here. If you'd like to know what's in a dish, just "
        "ask us before you order.",
        "{name} is for {audience}. Come in for something quick, stay for something longer, "
        "or ask us about food for a special occasion.",
        "Whether you're popping in on your own or bringing a crowd, you'll get the same "
        "welcome. If you have an allergy or a dietary need, just tell us.",
    ),
    offerings_headings=("On the menu", "What we make", "From our kitchen"),
    offerings_intro=(
        "A taste of what {name} makes. Ask us what's on today.",
        "Some of what comes out of our kitchen. Ask us if you'd like to know more about a dish.",
    ),
    offering_blurbs=(
        "Ask us what's good today.",
        "Ask us what goes into it.",
        "Tell us about any allergies before you order.",
    ),
    process_heading="Eating with us",
    steps=(
        Pair("See what's on", "Have a look at the menu to see what we make."),
        Pair(
            "Come in or get in touch",
            "Drop in when we're open, or get in touch to arrange a table or an order.",
        ),
        Pair("Eat well", "Sit down and eat with us, or take it home."),
    ),
    faq=(
        Pair(
            "Can you cater for allergies and dietary needs?",
            "Tell us about any allergy or dietary need before you order. We'll explain what's in "
            "each dish and what we can adapt, and we'll tell you when we can't rule out a "
            "particular ingredient.",
        ),
        Pair(
            "Do I need to book?",
            "For a larger group or a particular time, it's best to get in touch first so we can "
            "tell you what's available.",
        ),
        Pair(
            "Do you take orders for events and occasions?",
            "Tell us the date, how many people and what you have in mind, and we'll let you "
            "know what we can do.",
        ),
        Pair(
            "Do you have vegetarian or vegan options?",
            "Ask us. We're happy to point out what on the menu suits you and what we can change.",
        ),
        Pair(
            "Can I order food to take away?",
            "Ask us when you get in touch or when you come in, and we'll tell you what you can "
            "take away.",
        ),
    ),
    cta_headings=("Come and eat with us", "Hungry?", "See you at {name}"),
    cta_lines=(
        "Drop in, book ahead or ask us about an order. We'd love to cook for you.",
        "Find us in {location}, or get in touch to book a table or order ahead.",
    ),
    meta_descriptions=(
        "{name} in {location}: see the menu, the opening hours and how to find us.",
        "{name}: see the menu, check our opening hours and find out how to book or order.",
    ),
    taglines=("Pull up a chair", "Eat well in {location}", "See you at the table"),
)

_STREET_FOOD = SectorWords(
    keywords=SECTOR_KEYWORDS["street_food"],
    label="Street food",
    hero_headings=(
        "Straight from the hatch",
        "Find {name} and come hungry",
        "Street food around {location}",
    ),
    hero_lines=(
        "Check where {name} is next and see what's on the board.",
        "Find out where we'll be, see what we're serving and bring us to your party.",
    ),
    primary_action="Find us",
    about_headings=("Who's behind the hatch", "About us", "How we work"),
    about_paragraphs=(
        "The menu is right here. Ask us what's in anything on it before you order.",
        "Where we set up can change, so check with us before you head out and we'll tell you "
        "where to find us.",
        "Looking for food at your event? Tell us the date, the place and how many people, and "
        "we'll tell you what we can do.",
    ),
    offerings_headings=("On the board", "What we're serving", "The menu"),
    offerings_intro=(
        "A short menu, done well. Here's what {name} serves.",
        "What you'll find at the hatch. Ask us what's on today.",
    ),
    offering_blurbs=(
        "Ask what's on the board today.",
        "Tell us about allergies when you order.",
        "Ask us what goes into it.",
    ),
    process_heading="Finding and ordering",
    steps=(
        Pair("Find us", "Check where we're setting up next, or ask us."),
        Pair("Order at the hatch", "Pick from the board and tell us about any allergies."),
        Pair("Enjoy it", "Eat it on the spot or take it with you."),
    ),
    faq=(
        Pair(
            "How do I know where you'll be?",
            "Where we set up can change, so get in touch before you head out and we'll tell you "
            "where to find us.",
        ),
        Pair(
            "Can you cater for allergies?",
            "Tell us about any allergy when you order. We'll tell you what's in each dish, and "
            "what we can't rule out.",
        ),
        Pair(
            "Can we book you for an event?",
            "Get in touch with the date, the place and roughly how many people, and we'll let "
            "you know if we're free and what we can offer.",
        ),
        Pair(
            "Can I pay by card?",
            "Ask us when you order and we'll tell you how you can pay.",
        ),
        Pair(
            "Do you have vegetarian options?",
            "Ask at the hatch or get in touch before an event, and we'll tell you what suits you.",
        ),
    ),
    cta_headings=("Come and find us", "Ask us anything", "Catch us next time"),
    cta_lines=(
        "Find out where we'll be next, or get in touch with any question.",
        "Planning a party or a work event? Tell us about it and we'll see what we can do.",
    ),
    meta_descriptions=(
        "{name}: street food in {location}. See where to find us and how to get in touch.",
        "{name}: find out where we'll be, what's on the menu and how to reach us.",
    ),
    taglines=("Straight from the hatch", "Find us, then dig in", "Find us, eat well"),
)

_CAFE = SectorWords(
    keywords=SECTOR_KEYWORDS["cafe"],
    label="Café",
    hero_headings=(
        "Come in for a coffee",
        "Pull up a chair at {name}",
        "Coffee in {location}",
    ),
    hero_lines=(
        "Coffee, something to eat and a place to sit for a while in {location}.",
        "Call in for a quick coffee or stay for a while. Here's what's on and when we're open.",
    ),
    primary_action="Visit us",
    about_headings=("About the café", "Coffee and a place to sit", "Why people call in"),
    about_paragraphs=(
        "Whether you're in a hurry or staying for the afternoon, tell us how you take your "
        "coffee and we'll make it that way.",
        "{name} is for {audience}, and for anyone who'd like a coffee and somewhere to sit.",
        "Ask us about what's on the counter. If you have an allergy or a preference, just say "
        "and we'll help you choose.",
    ),
    offerings_headings=("On the counter", "What we serve", "The menu"),
    offerings_intro=(
        "Coffee, tea and something to go with them. Here's what {name} serves.",
        "A look at what's on the counter. Ask us what's on today.",
    ),
    offering_blurbs=(
        "Ask us how we make it.",
        "Ask us what's on today.",
        "Have it here or take it with you.",
    ),
    process_heading="Calling in",
    steps=(
        Pair("Come in", "Drop in whenever we're open."),
        Pair("Order at the counter", "Tell us what you'd like and how you take it."),
        Pair("Stay or go", "Find a seat or take it with you."),
    ),
    faq=(
        Pair(
            "Do you have options for dietary needs?",
            "Ask before you order. We'll tell you what's in everything and what we can swap.",
        ),
        Pair(
            "Can I get my order to take away?",
            "Just ask when you order, and we'll tell you what we can pack up for you.",
        ),
        Pair(
            "Can I book a table for a group?",
            "Get in touch with the date and how many of you there are, and we'll tell you "
            "what's possible.",
        ),
        Pair(
            "Can I buy coffee to brew at home?",
            "Ask at the counter. We'll tell you what's available to take home and how to get "
            "the best out of it.",
        ),
        Pair(
            "Can I stay and work for a while?",
            "Have a word with us when you arrive. We'll tell you when it tends to be quieter and "
            "where you'll be most comfortable.",
        ),
    ),
    cta_headings=("Come in for a coffee", "See you soon", "Stop by {name}"),
    cta_lines=(
        "Call in when you're passing, or check our opening hours before you set out.",
        "We'd love to make you a coffee. Come and find us in {location}.",
    ),
    meta_descriptions=(
        "{name} in {location}: coffee, food and a seat. See what's on and when we're open.",
        "{name}: coffee and food to have in or take away. See the menu and our opening hours.",
    ),
    taglines=("Coffee and a place to sit", "Coffee in {location}", "Come in, sit down"),
)

_DENTAL = SectorWords(
    keywords=SECTOR_KEYWORDS["dental"],
    label="Dental practice",
    hero_headings=(
        "Dental care that puts you at ease",
        "Care for your teeth, at your pace",
        "Your dental practice in {location}",
    ),
    hero_lines=(
        "Check-ups, treatment and advice from {name}, with time to ask questions.",
        "Book a check-up at {name} in {location}, or get in touch if something is hurting.",
    ),
    primary_action="Book an appointment",
    about_headings=("About the practice", "How we look after you", "Your visit"),
    about_paragraphs=(
        "We explain what we see and what your options are before any treatment starts, so "
        "you can decide with all the information in front of you.",
        "Nervous about the dentist? Many people are. Tell us when you book, and we'll go at a "
        "pace that suits you.",
        "{name} welcomes {audience}. Come to us for check-ups, treatment and advice on keeping "
        "teeth and gums healthy between visits.",
    ),
    offerings_headings=("Our treatments", "Treatments and care", "How we can help"),
    offerings_intro=(
        "From routine check-ups to treatment, here's what {name} offers.",
        "What we can do for you. Ask us if you're not sure what you need.",
    ),
    offering_blurbs=(
        "Ask us about it when you book.",
        "We'll explain what's involved before we begin.",
        "Tell us what you need and we'll talk it through.",
    ),
    process_heading="Your first visit",
    steps=(
        Pair(
            "Book",
            "Get in touch to arrange your first appointment. Tell us if you're nervous or in pain.",
        ),
        Pair("Check-up", "We look at your teeth and gums and talk you through what we find."),
        Pair(
            "Your plan",
            "If you need treatment, we explain the options and the costs before anything begins.",
        ),
    ),
    faq=(
        Pair(
            "What happens at a first visit?",
            "We'll ask about your health and any concerns, check your teeth and gums, and "
            "explain what we find. Bring a list of any medicines you take.",
        ),
        Pair(
            "I'm nervous about the dentist. Can you help?",
            "You're not alone. Tell us when you book, and ask us anything you'd like explained "
            "before we start.",
        ),
        Pair(
            "What should I do in a dental emergency?",
            "Get in touch as soon as you can and tell us what has happened. If you have swelling "
            "that affects your breathing or swallowing, or bleeding that won't stop, call the "
            "emergency services straight away.",
        ),
        Pair(
            "Do you accept dental insurance?",
            "Plans vary, so tell us who your insurer or plan provider is when you book. We'll "
            "explain how payment works for your treatment.",
        ),
        Pair(
            "How often should I have a check-up?",
            "It depends on your teeth and gums. After your check-up, we'll recommend a gap "
            "between visits that suits you.",
        ),
        Pair(
            "How do I register as a new patient?",
            "Get in touch by phone or email. We'll tell you whether we have space and what we "
            "need from you.",
        ),
    ),
    cta_headings=("Time for a check-up?", "Book your next visit", "Talk to us about your teeth"),
    cta_lines=(
        "Get in touch to book an appointment at {name}, or ask us anything before you do.",
        "Whether it's a check-up or something that's bothering you, get in touch and we'll "
        "find a time.",
    ),
    meta_descriptions=(
        "{name}, dental practice in {location}: check-ups, treatment and clear advice.",
        "{name}: dental care with clear explanations and time for your questions.",
    ),
    taglines=(
        "Dental care at your pace",
        "Your dentist in {location}",
        "Dentistry, explained step by step",
    ),
)

_HEALTH = SectorWords(
    keywords=SECTOR_KEYWORDS["health"],
    label="Health practice",
    hero_headings=(
        "Care that starts with listening",
        "Talk to us about your health",
        "Caring for you in {location}",
    ),
    hero_lines=(
        "Appointments, assessments and treatment at {name}, with time to talk things through.",
        "Book an appointment at {name} in {location}, or get in touch with a question first.",
    ),
    primary_action="Book an appointment",
    about_headings=("How we work", "About the practice", "Your care"),
    about_paragraphs=(
        "We start by listening: what's going on, what you've already tried and what you'd like "
        "to be able to do again.",
        "We explain what we find in plain language, agree a plan with you and check how it's "
        "working as we go.",
        "{name} works with {audience}. If you're not sure whether we're the right place for "
        "you, ask us before you book.",
    ),
    offerings_headings=("Treatments and services", "How we can help", "What we offer"),
    offerings_intro=(
        "The care {name} offers. If you're not sure what you need, ask us.",
        "Here's how we can help. We'll talk through the options with you first.",
    ),
    offering_blurbs=(
        "Ask us whether it suits you.",
        "We'll explain what's involved before you start.",
        "Talk to us first if you're unsure.",
    ),
    process_heading="What to expect",
    steps=(
        Pair("Get in touch", "Book an appointment, or ask a question first if you'd like to."),
        Pair("Assessment", "We listen, assess and explain what we find in plain language."),
        Pair("Your plan", "We agree the next steps together and review them as you go."),
    ),
    faq=(
        Pair(
            "Do I need a referral?",
            "It depends on the care you need and how you're paying for it. Ask us before you "
            "book and we'll tell you.",
        ),
        Pair(
            "What happens at my first appointment?",
            "We'll ask about your health, what's brought you to us and what you'd like to "
            "change, then explain what we find and what we suggest.",
        ),
        Pair(
            "Can I use my health insurance?",
            "Policies vary, so check with your insurer and tell us who it is when you book. "
            "We'll let you know how payment works.",
        ),
        Pair(
            "What should I bring?",
            "Any letters, test results or scans you have, a list of the medicines you take, and "
            "comfortable clothes if the appointment may involve moving around.",
        ),
        Pair(
            "What if I need to cancel?",
            "Let us know as soon as you can so we can offer the time to someone else. Ask us "
            "about cancellations when you book.",
        ),
        Pair(
            "What if my problem is urgent?",
            "If you think it's a medical emergency, call the emergency services. For anything "
            "else, get in touch and we'll advise you on the next step.",
        ),
    ),
    cta_headings=("Book an appointment", "Questions before you book?", "Talk to us"),
    cta_lines=(
        "Get in touch to book, or ask us a question first. We're happy to help you work out "
        "what you need.",
        "Book an appointment at {name}, or get in touch if you're not sure where to start.",
    ),
    meta_descriptions=(
        "{name} in {location}: assessment, treatment and clear advice. Book an appointment.",
        "{name}: care that starts with listening. See what we offer and book an appointment.",
    ),
    taglines=(
        "Care that starts with listening",
        "Health care in {location}",
        "Listen, explain, treat",
    ),
)

_FITNESS = SectorWords(
    keywords=SECTOR_KEYWORDS["fitness"],
    label="Fitness",
    hero_headings=("Start where you are", "Get moving in {location}", "Train well at {name}"),
    hero_lines=(
        "Whatever your starting point, come and try a session at {name} in {location}.",
        "See what's on, find a session that suits you and book your first visit.",
    ),
    primary_action="Book a session",
    about_headings=("How we train", "About us", "Training with us"),
    about_paragraphs=(
        "Everyone starts somewhere. Tell us what you want to work on and anything we should "
        "know about, and we'll help you find the right place to begin.",
        "We'd rather you moved well than moved more, so we'll show you how each exercise works "
        "before you add weight, speed or difficulty.",
        "{name} is for {audience}. Come on your own or bring a friend: either way, you'll get "
        "a welcome.",
    ),
    offerings_headings=("Classes and sessions", "Ways to train", "What we offer"),
    offerings_intro=(
        "Ways to train at {name}, whatever your starting point.",
        "Not sure where to start? Ask us and we'll point you in the right direction.",
    ),
    offering_blurbs=(
        "Ask us whether it suits your level.",
        "Tell us if it's your first time.",
        "Ask us what to bring.",
    ),
    process_heading="Your first session",
    steps=(
        Pair("Pick a session", "Look at what's on and choose something that suits you."),
        Pair(
            "Tell us about you",
            "Let us know your experience and anything we should know, such as an injury.",
        ),
        Pair(
            "Come and train", "Arrive a little early and we'll show you around and get you started."
        ),
    ),
    faq=(
        Pair(
            "Do I need to be fit to start?",
            "No. Tell us where you're starting from and we'll help you find a session that "
            "suits you.",
        ),
        Pair(
            "What should I bring?",
            "Comfortable clothes you can move in, a water bottle and any kit you normally use. "
            "Ask us if you're not sure.",
        ),
        Pair(
            "I have an injury. Can I still train?",
            "Tell us about it before your first session. If you're unsure whether exercise is "
            "right for you, check with your doctor or physiotherapist first.",
        ),
        Pair(
            "How do I book?",
            "Get in touch and we'll explain how booking works and what's coming up.",
        ),
        Pair(
            "Can I try a session before I commit?",
            "Ask us about trying a session before you sign up to anything.",
        ),
    ),
    cta_headings=("Come and try a session", "Ready when you are", "Start at {name}"),
    cta_lines=(
        "Get in touch to book your first session, or ask us anything first.",
        "Whatever your starting point, come and train with us in {location}.",
    ),
    meta_descriptions=(
        "{name} in {location}: sessions for every starting point. See what's on and book.",
        "{name}: see the sessions, find one that suits you and book your first visit.",
    ),
    taglines=("Start where you are", "Train well in {location}", "Move well, feel good"),
)

_LEGAL = SectorWords(
    keywords=SECTOR_KEYWORDS["legal"],
    label="Law firm",
    hero_headings=(
        "Clear legal advice when it matters",
        "Straight answers to legal questions",
        "Legal advice in {location}",
    ),
    hero_lines=(
        "{name} explains where you stand in plain language and helps you decide what to do next.",
        "Tell us what's happened. We'll explain where you stand and what happens next.",
    ),
    primary_action="Arrange a consultation",
    about_headings=("How we work", "Our approach", "About the firm"),
    about_paragraphs=(
        "We start by listening. Once we understand what has happened and what you need, we "
        "explain where you stand and what your options are, in plain language.",
        "You'll know who is handling your matter, what happens next and how fees work before "
        "any work begins.",
        "{name} advises {audience}. What you tell us is treated in confidence.",
    ),
    offerings_headings=("Practice areas", "How we can help", "Areas of law"),
    offerings_intro=(
        "The areas of law where {name} advises. If your matter isn't listed, ask us.",
        "What we can help with. Not sure where your problem fits? Get in touch and we'll tell you.",
    ),
    offering_blurbs=(
        "Ask us how this applies to your situation.",
        "Get in touch to discuss your matter in confidence.",
        "We'll explain your options in plain language.",
    ),
    process_heading="How we work with you",
    steps=(
        Pair(
            "First conversation",
            "Tell us what's happened and what you need. We'll say whether we can help.",
        ),
        Pair(
            "Advice and a plan",
            "We explain your options, the likely next steps and how fees will work.",
        ),
        Pair("We act for you", "We handle the matter and keep you informed at every stage."),
    ),
    faq=(
        Pair(
            "How much will it cost?",
            "It depends on the matter. Ask us how fees work before any work starts, and we'll "
            "explain.",
        ),
        Pair(
            "Is what I tell you confidential?",
            "Yes. What you tell us is treated in confidence, within the rules that govern the "
            "legal profession.",
        ),
        Pair(
            "What should I bring to a first meeting?",
            "Any letters, contracts, emails or notes about the matter, and a short timeline of "
            "what has happened if you can put one together.",
        ),
        Pair(
            "I have a deadline. Can you act in time?",
            "Tell us about any deadline as soon as you get in touch, such as a court date or a "
            "time limit to respond. We'll tell you whether we can act in time.",
        ),
        Pair(
            "Can you help with my kind of problem?",
            "Get in touch with a short summary. If it's not something we handle, we'll try to "
            "point you to someone who does.",
        ),
    ),
    cta_headings=("Talk to us in confidence", "Get clear advice", "Start with a conversation"),
    cta_lines=(
        "Tell us about your situation. We'll explain whether we can help and what happens next.",
        "Get in touch with {name} to arrange a first conversation.",
    ),
    meta_descriptions=(
        "{name}, law firm in {location}: clear advice on where you stand and what to do next.",
        "{name}: legal advice in plain language. See how we can help and arrange a consultation.",
    ),
    taglines=("Clear legal advice", "Legal advice in plain words", "Legal advice in {location}"),
)

_FINANCE = SectorWords(
    keywords=SECTOR_KEYWORDS["finance"],
    label="Financial services",
    hero_headings=(
        "Your numbers, in order",
        "Clear figures, fewer worries",
        "Financial advice in {location}",
    ),
    hero_lines=(
        "{name} helps you understand your numbers and stay on top of what's due.",
        "Ask a question, get a clear answer: we explain where you stand and what needs doing.",
    ),
    primary_action="Book a call",
    about_headings=("How we work", "Working with us", "About the practice"),
    about_paragraphs=(
        "We start by understanding your situation: what you do, what you have and what you "
        "need from us. Then we agree what we'll take care of and what it will cost.",
        "No jargon and no surprises. You'll know what we need from you, what's due and when.",
        "{name} works with {audience}. Ask us anything, however small: it's easier to sort "
        "things out early.",
    ),
    offerings_headings=("Services", "How we can help", "What we take care of"),
    offerings_intro=(
        "What {name} can take care of for you.",
        "Here's how we can help. Ask us which services fit your situation.",
    ),
    offering_blurbs=(
        "Ask us what's included.",
        "We'll explain what we need from you.",
        "Ask us how this fits your situation.",
    ),
    process_heading="Working together",
    steps=(
        Pair("Introductory call", "Tell us about your situation and what you need help with."),
        Pair(
            "A clear proposal",
            "We set out what we'll do, what we need from you and what it costs.",
        ),
        Pair(
            "We take it from there",
            "We handle the work and tell you about anything that needs your attention.",
        ),
    ),
    faq=(
        Pair(
            "How much do you charge?",
            "It depends on what you need. Ask us about the scope and the fee before any work "
            "begins.",
        ),
        Pair(
            "Can I switch to you from another adviser?",
            "Ask us. We'll explain what switching involves and what we'd need from you.",
        ),
        Pair(
            "What do I need to get started?",
            "Your recent records, such as bank statements, previous returns or accounts and any "
            "letters from the tax authorities. We'll tell you exactly what we need.",
        ),
        Pair(
            "What if I've missed a deadline?",
            "Get in touch as soon as you can. The sooner we know, the sooner we can help you put "
            "it right.",
        ),
        Pair(
            "Is my information kept confidential?",
            "Ask us how your financial information is kept and who sees it, and we'll explain.",
        ),
    ),
    cta_headings=(
        "Let's get your numbers in order",
        "Book an introductory call",
        "Questions about your finances?",
    ),
    cta_lines=(
        "Tell us what you need and we'll explain how {name} can help.",
        "Book a call to talk through your situation. No jargon, just a clear next step.",
    ),
    meta_descriptions=(
        "{name}, {location}: accounts, tax and financial advice in plain language.",
        "{name}: clear advice on accounts, tax and money. See our services and book a call.",
    ),
    taglines=(
        "Your numbers, in order",
        "Clear figures, clear advice",
        "Financial advice in {location}",
    ),
)

_SOFTWARE = SectorWords(
    keywords=SECTOR_KEYWORDS["software"],
    label="Software",
    hero_headings=(
        "See what it does",
        "Less busywork, more real work",
        "Meet {name}",
    ),
    hero_lines=(
        "See what {name} does, how it fits into your work and what it costs, then try it yourself.",
        "Read how it works, try it on a real project and decide for yourself.",
    ),
    primary_action="Get started",
    about_headings=("How it works", "Our approach", "About {name}"),
    about_paragraphs=(
        "{name} is built for {audience}. It does a few things well and stays out of the way "
        "for everything else.",
        "Ask us anything before you commit: how it works, what it stores and what it costs. "
        "We'd rather you knew exactly what you're getting.",
        "What people tell us shapes what we build next, so tell us what's missing or what gets "
        "in your way.",
    ),
    offerings_headings=("Features", "What it does", "What you get"),
    offerings_intro=(
        "What {name} does, and how it fits into your work.",
        "Here's what you can do with it.",
    ),
    offering_blurbs=(
        "Ask us how it fits your setup.",
        "Try it on a real project to see how it fits.",
        "Ask us for the details.",
    ),
    process_heading="From setup to rollout",
    steps=(
        Pair("Set it up", "Sign up or install it, then connect it to your project."),
        Pair("Try it on real work", "Use it on a real task and see what it does for you."),
        Pair("Roll it out", "Bring in the rest of your team when you're ready."),
    ),
    faq=(
        Pair(
            "Can I try it before I pay?",
            "Ask us. We'll tell you the options for trying it on your own project.",
        ),
        Pair(
            "How is my data handled?",
            "Ask us for the details: what we store, where it's stored and who can access it. "
            "We'll answer plainly.",
        ),
        Pair(
            "Does it work with the tools I already use?",
            "Tell us what you use and we'll tell you how {name} fits in.",
        ),
        Pair(
            "What happens if I stop using it?",
            "Ask us before you commit how you'd export your data and close your account, so "
            "there are no surprises later.",
        ),
        Pair(
            "Where do I get help?",
            "Get in touch with a description of the problem and what you've tried so far.",
        ),
    ),
    cta_headings=("Try {name}", "See it for yourself", "Ready to give it a go?"),
    cta_lines=(
        "Get started, or talk to us first if you have questions about fit, data or pricing.",
        "Try {name} on a real project and see whether it fits.",
    ),
    meta_descriptions=(
        "{name}: see what it does, how it fits into your work and how to get started.",
        "{name}: see the features, how it works and how to get started.",
    ),
    taglines=(
        "See how it works",
        "Less busywork, more real work",
        "Simple tools for real work",
    ),
)

_CREATIVE = SectorWords(
    keywords=SECTOR_KEYWORDS["creative"],
    label="Creative work",
    hero_headings=(
        "Ideas, made together",
        "Every project starts with a conversation",
        "Creative work from {location}",
    ),
    hero_lines=(
        "Find out how {name} runs a project and start a conversation about yours.",
        "Tell us what you're making. We'll help you shape it, make it and get it out into the "
        "world.",
    ),
    primary_action="Start a project",
    about_headings=("How we work", "About {name}", "Our approach"),
    about_paragraphs=(
        "Every project starts with questions: who it's for, what it needs to do and what "
        "success looks like. The answers shape everything we make.",
        "You'll see the work as it develops, not just at the end, and you can ask at any time "
        "what stage we're at and what happens next.",
        "{name} works with {audience}. Whatever the size of your project, we'd like to hear "
        "about it.",
    ),
    offerings_headings=("Services", "How we can help", "What we make"),
    offerings_intro=(
        "The kinds of work {name} takes on. Have something else in mind? Ask us.",
        "Here's what we do, on its own or combined.",
    ),
    offering_blurbs=(
        "Ask us how we'd approach your project.",
        "Shaped around your brief.",
        "Tell us what you have in mind.",
    ),
    process_heading="How a project runs",
    steps=(
        Pair("Brief", "Tell us what you need, who it's for and when you need it."),
        Pair("Make", "We develop ideas, share them early and refine them with you."),
        Pair("Deliver", "You get the finished work, ready to use, with everything you need."),
    ),
    faq=(
        Pair(
            "How much does a project cost?",
            "It depends on the scope. Tell us what you have in mind and your budget, and we'll "
            "suggest an approach that fits.",
        ),
        Pair(
            "How long will it take?",
            "That depends on the project. Ask us about timing when you tell us what you have in "
            "mind.",
        ),
        Pair(
            "Who owns the finished work?",
            "Ask us before work begins how ownership and usage rights would be set out for your "
            "project.",
        ),
        Pair(
            "Can I see more examples?",
            "Get in touch and tell us what you're planning. We'll share work that's relevant to "
            "your project.",
        ),
        Pair(
            "How involved do I need to be?",
            "Ask us how we'd work together and when we'd need your input.",
        ),
    ),
    cta_headings=("Got a project in mind?", "Let's make something good", "Start a conversation"),
    cta_lines=(
        "Tell us what you're working on and we'll tell you how we can help.",
        "Get in touch with {name} about your next project.",
    ),
    meta_descriptions=(
        "{name}, creative work in {location}: how a project runs and how to start a conversation.",
        "{name}: creative work, made with you. Find out how a project runs and how to get in "
        "touch.",
    ),
    taglines=("Ideas, made together", "Creative work from {location}", "Let's talk it through"),
)

_RETAIL = SectorWords(
    keywords=SECTOR_KEYWORDS["retail"],
    label="Shop",
    hero_headings=(
        "Come in and have a look",
        "Come in and have a look",
        "Shop with us in {location}",
    ),
    hero_lines=(
        "See what's in store at {name}, check our opening hours and come and have a look.",
        "Browse what we stock, ask us anything and find something worth keeping.",
    ),
    primary_action="Visit the shop",
    about_headings=("About the shop", "What we stock and why", "How we choose"),
    about_paragraphs=(
        "Ask us about anything on the shelves: where it comes from, what it's for and whether it "
        "suits you.",
        "Looking for something in particular? Ask us. If we don't have it, we'll tell you "
        "whether we can get it.",
        "{name} is for {audience}. Come in for something specific or just to browse.",
    ),
    offerings_headings=("In the shop", "What we stock", "Browse the range"),
    offerings_intro=(
        "A look at what {name} stocks. It changes, so ask us what's in.",
        "Some of what's on our shelves. Ask us about anything you don't see.",
    ),
    offering_blurbs=(
        "Ask us what's in stock.",
        "Come in and see it for yourself.",
        "Ask us if you're looking for something specific.",
    ),
    process_heading="How to shop with us",
    steps=(
        Pair("Browse", "Have a look here, or come in and see it in person."),
        Pair("Ask", "Tell us what you're after and we'll help you find it."),
        Pair("Take it home", "Pay in the shop, or ask us about other ways to get your order."),
    ),
    faq=(
        Pair(
            "Can I reserve something?",
            "Get in touch with what you're after and we'll tell you whether we can put it aside "
            "for you.",
        ),
        Pair(
            "Do you deliver?",
            "Ask us about delivery when you get in touch, and we'll tell you what we can offer "
            "where you are.",
        ),
        Pair(
            "Can I return or exchange something?",
            "Keep your receipt and get in touch. We'll explain how returns and exchanges work. "
            "This doesn't affect your legal rights.",
        ),
        Pair(
            "Can you help me choose a gift?",
            "Tell us who it's for and roughly what you'd like to spend, and we'll suggest a few "
            "ideas.",
        ),
        Pair(
            "Can you order something in for me?",
            "Tell us what you're looking for. If we can get hold of it, we'll let you know.",
        ),
    ),
    cta_headings=("Come and have a look", "See you in the shop", "Pop in soon"),
    cta_lines=(
        "Find us in {location}, or get in touch if you're looking for something in particular.",
        "Drop by {name} to browse, or ask us about anything you've seen here.",
    ),
    meta_descriptions=(
        "{name} in {location}: see what we stock, check our opening hours and find the shop.",
        "{name}: see what's in, ask us anything and come and browse.",
    ),
    taglines=("Come in and have a look", "Come in and browse", "Your shop in {location}"),
)

_LUXURY = SectorWords(
    keywords=SECTOR_KEYWORDS["luxury"],
    label="Luxury goods",
    hero_headings=(
        "Made to be kept",
        "Where every detail matters",
        "Discover {name} in {location}",
    ),
    hero_lines=(
        "Explore the collection, then visit us in {location} to see each piece in person.",
        "Take your time with the collection, and arrange to see pieces in person when you're "
        "ready.",
    ),
    primary_action="Arrange a visit",
    about_headings=("The house", "Our craft", "About {name}"),
    about_paragraphs=(
        "Each piece is chosen or made with close attention to material, proportion and finish. "
        "Ask us and we'll tell you its story.",
        "A visit is unhurried. Tell us what you're looking for, or simply what you like, and "
        "we'll take the time to show you.",
        "{name} welcomes {audience}. Whether you're choosing a gift or something for yourself, "
        "you'll have our full attention.",
    ),
    offerings_headings=("The collection", "Collections", "Our pieces"),
    offerings_intro=(
        "Pieces from {name}, each best seen in person.",
        "Pieces from the collection. Ask us for details or to arrange a viewing.",
    ),
    offering_blurbs=(
        "Ask us for the full details.",
        "Best seen in person.",
        "Ask to see it in person.",
    ),
    process_heading="Your visit",
    steps=(
        Pair("Arrange a visit", "Get in touch to choose a time that suits you."),
        Pair(
            "Take your time", "We show you the pieces that interest you and answer your questions."
        ),
        Pair("Make it yours", "Take your choice home, or ask us about delivery and aftercare."),
    ),
    faq=(
        Pair(
            "Do I need an appointment?",
            "Get in touch before you visit and we'll arrange a time when we can give you our "
            "full attention.",
        ),
        Pair(
            "Can you help me choose a gift?",
            "Tell us about the person and the occasion, and we'll suggest pieces that suit them.",
        ),
        Pair(
            "How should I care for my piece?",
            "It depends on the materials. Ask us when you buy, or at any time afterwards, and "
            "we'll explain how to look after it.",
        ),
        Pair(
            "Do you offer repairs or servicing?",
            "Bring the piece in or get in touch with a description, and we'll tell you what we "
            "can do.",
        ),
        Pair(
            "Can I have a piece made or adapted?",
            "Tell us what you have in mind and we'll talk you through what's possible.",
        ),
    ),
    cta_headings=("Visit {name}", "See it in person", "Arrange a private viewing"),
    cta_lines=(
        "Get in touch to arrange a visit at a time that suits you.",
        "The collection is best seen in person. Visit us in {location}.",
    ),
    meta_descriptions=(
        "{name}, {location}: discover the collection and arrange a visit to see it in person.",
        "{name}: pieces made to be kept. Explore the collection and arrange a private viewing.",
    ),
    taglines=("Made to be kept", "Where every detail matters", "The art of detail"),
)

_TRADES = SectorWords(
    keywords=SECTOR_KEYWORDS["trades"],
    label="Trades and repairs",
    hero_headings=(
        "Tell us what needs doing",
        "Start with a quote",
        "Trades and repairs in {location}",
    ),
    hero_lines=(
        "Tell us what needs doing. We'll take a look and give you a quote before any work starts.",
        "Ask {name} for a quote for work in and around {location}.",
    ),
    primary_action="Get a quote",
    about_headings=("How we work", "Our approach", "About us"),
    about_paragraphs=(
        "We explain what needs doing and give you a clear quote before any work starts, so you "
        "know where you stand.",
        "We check the finished job with you before we call it done, and we'll tell you how to "
        "look after it.",
        "{name} works with {audience}. If you're not sure whether it's a job for us, ask.",
    ),
    offerings_headings=("Services", "Jobs we take on", "How we can help"),
    offerings_intro=(
        "The work {name} takes on. Not sure if yours fits? Ask us.",
        "Here's what we do. Tell us about your job and we'll tell you if we can help.",
    ),
    offering_blurbs=(
        "Ask us for a quote.",
        "Tell us about the job and we'll advise.",
        "Send us a photo and we'll take a look.",
    ),
    process_heading="From quote to finished job",
    steps=(
        Pair(
            "Tell us about the job",
            "Call or send a message with a description and, if you can, a photo.",
        ),
        Pair("Get a quote", "We take a look and give you a clear price before anything starts."),
        Pair("Job done", "We do the work as agreed and go through it with you at the end."),
    ),
    faq=(
        Pair(
            "How do I get a quote?",
            "Send us a description of the job, a few photos if you can and where you're based. "
            "We'll tell you the next step, which may be a visit.",
        ),
        Pair(
            "Are you qualified and insured?",
            "Ask us for details of our qualifications and insurance before any work starts. Any "
            "good tradesperson will be happy to show you.",
        ),
        Pair(
            "Do you take on small jobs?",
            "Ask us. Tell us what needs doing and we'll say whether it's something we can help "
            "with.",
        ),
        Pair(
            "Can you help in an emergency?",
            "Get in touch and tell us what has happened. If there's an immediate danger, such as "
            "a gas leak, contact the emergency services first.",
        ),
        Pair(
            "What happens when the job is finished?",
            "Ask us what happens once the job is done and whether there's anything you need to "
            "do to look after it.",
        ),
        Pair("How do I pay?", "Ask us how payment works when you ask for a quote."),
    ),
    cta_headings=("Need a job done?", "Ask for a quote", "Tell us about your job"),
    cta_lines=(
        "Send us a description, and a photo if you can, and we'll get back to you with the next "
        "step.",
        "Get in touch with {name} for a quote.",
    ),
    meta_descriptions=(
        "{name}: trades and repairs in {location}. Tell us about the job and ask for a quote.",
        "{name}: tell us about the job and get a clear quote. See our services and get in touch.",
    ),
    taglines=("Tell us what needs doing", "Tell us about the job", "Ask us for a quote"),
)

_TUTORING = SectorWords(
    keywords=SECTOR_KEYWORDS["tutoring"],
    label="Tutoring and lessons",
    hero_headings=(
        "Learn with confidence",
        "Teaching that meets you where you are",
        "Lessons and tutoring in {location}",
    ),
    hero_lines=(
        "Lessons and courses at {name}, shaped around where you are now and where you want to "
        "get to.",
        "Tell us what you'd like to learn. We'll suggest a place to start and how we'd work "
        "together.",
    ),
    primary_action="Book a lesson",
    about_headings=("How we teach", "Our approach", "About us"),
    about_paragraphs=(
        "We start by finding out where you are now, what you want to achieve and how you like "
        "to learn. Lessons build from there.",
        "Mistakes are part of learning. We explain things more than one way, give you time to "
        "practise and let you, or a parent, know how things are going.",
        "{name} works with {audience}. If you're not sure which option suits you, ask us and "
        "we'll help you choose.",
    ),
    offerings_headings=("Lessons and courses", "What we teach", "Ways to learn"),
    offerings_intro=(
        "What {name} teaches, and how. Ask us which option fits.",
        "Find the lesson or course that suits you. Not sure? We'll help you choose.",
    ),
    offering_blurbs=(
        "Ask us which level suits you.",
        "Ask us about a first lesson.",
        "Tell us your goals and we'll suggest a plan.",
    ),
    process_heading="Getting started",
    steps=(
        Pair("Get in touch", "Tell us what you want to learn and what you've done so far."),
        Pair("First session", "We get to know you, see where you are and suggest a plan."),
        Pair("Regular lessons", "Learn at a steady pace, with feedback along the way."),
    ),
    faq=(
        Pair(
            "What if I'm a complete beginner?",
            "Tell us where you're starting from and we'll suggest where to begin.",
        ),
        Pair(
            "Are lessons online or in person?",
            "Ask us what's available and we'll help you choose what suits you.",
        ),
        Pair(
            "How will I know I'm making progress?",
            "Ask us how progress is followed and shared as the lessons go on.",
        ),
        Pair(
            "What if I need to miss a lesson?",
            "Let us know as early as you can. Ask us about rescheduling and cancellations when "
            "you book.",
        ),
        Pair(
            "How do parents stay in the loop?",
            "For younger learners, ask us how we share progress and what can be practised at home.",
        ),
        Pair(
            "What do I need to bring?",
            "We'll tell you before your first lesson. Usually it's something to write with and "
            "any materials you already use.",
        ),
    ),
    cta_headings=("Book a first lesson", "Ready to start learning?", "Let's get started"),
    cta_lines=(
        "Tell us what you'd like to learn and we'll suggest where to start.",
        "Get in touch with {name} to book a first session.",
    ),
    meta_descriptions=(
        "{name}: lessons and tutoring in {location}. Find your level and book a first session.",
        "{name}: teaching shaped around you. See lessons and courses and book a first session.",
    ),
    taglines=("Learn with confidence", "Lessons in {location}", "Teaching at your pace"),
)

_HOSPITALITY = SectorWords(
    keywords=SECTOR_KEYWORDS["hospitality"],
    label="Accommodation",
    hero_headings=("Stay a while in {location}", "Make yourself at home", "Your stay at {name}"),
    hero_lines=(
        "See the rooms and get in touch to book your stay directly with us.",
        "A base in {location} for work, rest or exploring.",
    ),
    primary_action="Book your stay",
    about_headings=("Staying with us", "About your stay", "About us"),
    about_paragraphs=(
        "We want your stay to be easy from the first message to the moment you leave. Tell us "
        "what you need and we'll do what we can to arrange it.",
        "Ask us about the area: where to eat, what to see and how to get around. We're happy "
        "to help you plan.",
        "{name} welcomes {audience}. Tell us about your trip when you book, and we'll help you "
        "make the most of it.",
    ),
    offerings_headings=("Rooms", "Where you'll stay", "Rooms and stays"),
    offerings_intro=(
        "Choose your room at {name}, or ask us which one suits your trip.",
        "Choose the room that suits your stay. Ask us if you have any questions.",
    ),
    offering_blurbs=(
        "Ask us about availability.",
        "Ask us what's included.",
        "Get in touch to book directly.",
    ),
    process_heading="Booking your stay",
    steps=(
        Pair(
            "Choose your dates", "Tell us when you'd like to stay and how many of you are coming."
        ),
        Pair("Confirm your booking", "We'll confirm availability, the price and what's included."),
        Pair("Arrive and settle in", "We'll tell you how arrival works before you travel."),
    ),
    faq=(
        Pair(
            "What time is check-in and check-out?",
            "We'll confirm check-in and check-out times when you book. If you need to arrive "
            "early or leave late, ask us.",
        ),
        Pair(
            "Is there parking?",
            "Ask us when you book and we'll explain the parking options.",
        ),
        Pair(
            "Can I bring my pet?",
            "Get in touch before you book and we'll tell you whether your pet can stay.",
        ),
        Pair(
            "Can I cancel or change my booking?",
            "Ask us about our cancellation terms before you book, and let us know as soon as you "
            "can if your plans change.",
        ),
        Pair(
            "Is breakfast included?",
            "It depends on the room and the rate. We'll tell you exactly what's included when "
            "you book.",
        ),
        Pair(
            "How do I get there?",
            "Ask us for directions when you book. If you're travelling by public transport, "
            "we'll help you plan the journey.",
        ),
    ),
    cta_headings=("Book your stay", "Ready to get away?", "Plan your stay at {name}"),
    cta_lines=(
        "Get in touch with your dates and we'll let you know what's available.",
        "Book directly with {name} and ask us anything before you arrive.",
    ),
    meta_descriptions=(
        "{name}: see the rooms, plan your stay and book directly with us.",
        "{name}: a place to stay in {location}. See the rooms and book your stay directly.",
    ),
    taglines=("Stay a while", "Your base in {location}", "Make yourself at home"),
)

_NONPROFIT = SectorWords(
    keywords=SECTOR_KEYWORDS["nonprofit"],
    label="Non-profit",
    hero_headings=(
        "Help where it's needed",
        "Support the work of {name}",
        "Be part of the work in {location}",
    ),
    hero_lines=(
        "Find out what {name} does, how your support helps and the ways you can get involved.",
        "Give, volunteer or spread the word: every kind of help counts.",
    ),
    primary_action="Get involved",
    about_headings=("What we do", "Our work", "Why we exist"),
    about_paragraphs=(
        "We work alongside the people and communities we serve, and we let what they tell us "
        "shape what we do.",
        "We're open about how we use the support we receive. If you'd like to know more, ask us.",
        "There are many ways to help: give, volunteer, fundraise or simply tell others about "
        "what we do.",
    ),
    offerings_headings=("Our work", "Where we help", "How we help"),
    offerings_intro=(
        "The work {name} does, and how you can support it.",
        "Here's what we do and who it's for.",
    ),
    offering_blurbs=(
        "Ask us how you can support this work.",
        "Get in touch to find out more.",
        "Ask us how you can help.",
    ),
    process_heading="How you can help",
    steps=(
        Pair("Find out more", "Read about our work and the people it supports."),
        Pair("Choose how to help", "Give, volunteer, fundraise or share what we do."),
        Pair("Stay involved", "Follow our work and join in again whenever you can."),
    ),
    faq=(
        Pair(
            "How is my donation used?",
            "Donations support our work. If you'd like to know how the money is spent, ask us "
            "and we'll explain.",
        ),
        Pair(
            "Can I choose what my donation supports?",
            "Ask us before you give and we'll tell you whether a gift can go to a particular "
            "part of our work.",
        ),
        Pair(
            "How can I volunteer?",
            "Get in touch and tell us what you'd like to do and when you're free. We'll explain "
            "what's needed and what happens next.",
        ),
        Pair(
            "Do I need experience to volunteer?",
            "Not always. Tell us about yourself and we'll talk through the ways you could help.",
        ),
        Pair(
            "Can I fundraise for you?",
            "We'd love that. Get in touch with your idea and we'll talk it through with you.",
        ),
        Pair(
            "I need help. Can you support me?",
            "Get in touch and tell us what's happening. If we can't help directly, we'll try to "
            "point you to someone who can.",
        ),
    ),
    cta_headings=("Get involved", "Help us do more", "Stand with us"),
    cta_lines=(
        "Give, volunteer or spread the word. Every bit of help goes into the work.",
        "Get in touch with {name} to find out how you can help.",
    ),
    meta_descriptions=(
        "{name}: our work in {location} and the ways you can give, volunteer and help.",
        "{name}: what we do, why it matters and how you can support the work.",
    ),
    taglines=("Help where it's needed", "Be part of the work", "Together in {location}"),
)

_GENERIC = SectorWords(
    keywords=SECTOR_KEYWORDS["generic"],
    label="Products and services",
    hero_headings=("Welcome to {name}", "Good to meet you", "Here to help in {location}"),
    hero_lines=(
        "Find out what {name} does, how we work and how to get in touch.",
        "See what we offer, how we work and the best way to reach us.",
    ),
    primary_action="Get in touch",
    about_headings=("About us", "How we work", "Who we are"),
    about_paragraphs=(
        "We keep things simple: tell us what you need, and we'll tell you what we can do and "
        "what happens next.",
        "{name} works with {audience}. If you're not sure whether we can help, ask us.",
        "Want to know more about {name}? Ask us, and we'll answer.",
    ),
    offerings_headings=("What we offer", "Services", "How we can help"),
    offerings_intro=(
        "Here's what {name} offers. Ask us if you need something that isn't listed.",
        "What we do, in brief. Get in touch for the details.",
    ),
    offering_blurbs=(
        "Ask us for the details.",
        "Get in touch to find out more.",
        "Ask us whether it suits you.",
    ),
    process_heading="Working with us",
    steps=(
        Pair("Get in touch", "Tell us what you need and any questions you have."),
        Pair("Talk it through", "We explain the options and what happens next."),
        Pair("Next steps", "We agree with you what happens next."),
    ),
    faq=(
        Pair(
            "How do I get started?",
            "Get in touch and tell us what you need. We'll explain the next steps from there.",
        ),
        Pair(
            "How much does it cost?",
            "It depends on what you need. Ask us and we'll give you clear information before "
            "you commit.",
        ),
        Pair(
            "Is {name} right for me?",
            "Tell us what you're looking for and we'll tell you whether we can help.",
        ),
        Pair(
            "What if I'm not sure what I need?",
            "That's fine. Describe the problem or what you'd like to achieve, and we'll suggest "
            "some options.",
        ),
        Pair(
            "Where can I find out more?",
            "Here on the site, or ask us directly: we're glad to answer questions.",
        ),
    ),
    cta_headings=("Let's talk", "Get in touch", "Ready when you are"),
    cta_lines=(
        "Tell us what you need and we'll tell you how we can help.",
        "Questions? Get in touch with {name} and we'll be glad to help.",
    ),
    meta_descriptions=(
        "{name} in {location}: what we offer, how we work and how to get in touch.",
        "{name}: find out what we do, how we work and the easiest way to reach us.",
    ),
    taglines=("Good to meet you", "Here to help", "Here for you in {location}"),
)


_PAGES: dict[str, PageWords] = {
    "volunteer": PageWords(
        keywords=PAGE_KEYWORDS["volunteer"],
        headings=("Volunteer with us", "Get involved", "Give your time"),
        intros=(
            "Want to give some time? Here's how to get involved.",
            "Find out how to volunteer with {name} and what to expect.",
        ),
        descriptions=(
            "Volunteer with {name}: how to get involved, what to expect and how to get in touch.",
            "Give your time in {location}: how to volunteer with {name} and what happens next.",
        ),
        body=(
            "Tell us a little about yourself, what you'd like to do and when you're free. We'll "
            "talk you through how you could help and what happens next.",
            "Call {phone} to talk to us about volunteering.",
            "Email {email} with a few lines about yourself and the kind of help you'd like to "
            "offer.",
            "You don't need to give a lot of time to be useful. Ask us about ways to help that "
            "fit around your life.",
        ),
    ),
    "careers": PageWords(
        keywords=PAGE_KEYWORDS["careers"],
        headings=("Work with us", "Careers", "Join {name}"),
        intros=(
            "Interested in working at {name}? Here's how to get in touch.",
            "We're glad to hear from people who'd like to join us.",
        ),
        descriptions=(
            "Careers at {name}: how we work, what we look for and how to get in touch about roles.",
            "Work with {name} in {location}: how we work and how to get in touch about joining us.",
        ),
        body=(
            "If you'd like to work with us, tell us a little about yourself and the kind of work "
            "you're looking for.",
            "Send your CV and a short note about what interests you to {email}.",
            "No particular role in mind? We're still happy to hear from you.",
        ),
    ),
    "donate": PageWords(
        keywords=PAGE_KEYWORDS["donate"],
        headings=("Support our work", "Donate", "Make a donation"),
        intros=(
            "Your gift helps {name} keep doing this work. Here's how to give.",
            "Here's how to give, and who to ask if you have questions.",
        ),
        descriptions=(
            "Donate to {name}: how to give, and how to ask about the ways your support is used.",
            "Support {name} in {location}: the ways to give and how to get in touch about it.",
        ),
        body=(
            "To make a donation, get in touch and we'll explain the ways you can give.",
            "Call {phone} to make a donation or to ask us anything about giving.",
            "Or write to {email}: we'll answer any question about giving, including how "
            "donations are used.",
            "If you're giving on behalf of a company, a school or a group, let us know. We'd be "
            "glad to talk about how you'd like to help.",
        ),
    ),
    "reviews": PageWords(
        keywords=PAGE_KEYWORDS["reviews"],
        headings=("Your feedback", "Tell us what you thought", "How was it?"),
        intros=(
            "Your feedback helps {name}. Tell us how it went.",
            "Been to {name} or worked with us? We'd love to hear what you thought.",
        ),
        descriptions=(
            "{page} for {name}: how to tell us what you thought, and how to reach us.",
            "{name} in {location}: share your feedback with us and get in touch.",
        ),
    ),
    "events": PageWords(
        keywords=PAGE_KEYWORDS["events"],
        headings=("What's on", "Events", "Upcoming events"),
        intros=(
            "Coming up at {name}: events, workshops and other ways to join in.",
            "Find out what's coming up and how to join in.",
        ),
        descriptions=(
            "Events at {name}: what's coming up, how to join in and how to book a place.",
            "What's on at {name} in {location}: events and workshops, and how to join in.",
        ),
        body=(
            "Get in touch to find out what's coming up and how to join in. If an event needs "
            "booking, we'll tell you how.",
            "Call {phone} to ask about upcoming dates or to book a place.",
            "Email {email} to hear about future events or to book a place.",
            "Planning an event of your own? Ask us whether we can host it or help.",
        ),
    ),
    "team": PageWords(
        keywords=PAGE_KEYWORDS["team"],
        headings=("Meet the team", "The people behind {name}", "Who you'll work with"),
        intros=(
            "Want to know who you'll be dealing with at {name}? Ask us.",
            "Get to know us: get in touch and we'll introduce ourselves.",
        ),
        descriptions=(
            "{page} at {name}: who we are and how to get in touch.",
            "Get to know {name} in {location}: who we are and how to reach us.",
        ),
    ),
    "booking": PageWords(
        keywords=PAGE_KEYWORDS["booking"],
        headings=("{page}", "Make a booking", "Book with {name}", "How to book"),
        intros=(
            "Here's how to book with {name}, and what happens next.",
            "Tell us when suits you and we'll confirm the details.",
        ),
        descriptions=(
            "Book with {name}: how to make a booking, what we need from you and what happens next.",
            "Make a booking with {name} in {location}: how it works and how to get in touch.",
        ),
        body=(
            "Tell us the dates or times you have in mind, and anything we should know in advance.",
            "To book by phone, call {phone}. It helps to have a couple of options in mind.",
            "Prefer to write? Email {email} with the dates or times that suit you.",
            "Your booking is confirmed once you hear back from us. If your plans change, let us "
            "know as soon as you can.",
        ),
    ),
    "contact": PageWords(
        keywords=PAGE_KEYWORDS["contact"],
        headings=("Get in touch", "Contact {name}", "Come and see us in {location}"),
        intros=(
            "The easiest ways to reach {name}, all in one place.",
            "Whatever your question, this is the place to start.",
        ),
        descriptions=(
            "Get in touch with {name}: how to reach us and what happens when you do.",
            "{name} in {location}: contact details, address and the best way to reach us.",
        ),
    ),
    "about": PageWords(
        keywords=PAGE_KEYWORDS["about"],
        headings=("About {name}", "Who we are", "Get to know us"),
        intros=(
            "Who we are, what we do and how we work.",
            "Behind {name}: the people, the approach and what we care about.",
        ),
        descriptions=(
            "About {name}: who we are, what we do and how we work with the people we serve.",
            "{name} in {location}: who we are, what we care about and how we work.",
        ),
    ),
    "offerings": PageWords(
        keywords=PAGE_KEYWORDS["offerings"],
        headings=("{page}", "{page} at {name}"),
        intros=(
            "Everything {name} offers, with the details you need to choose.",
            "Have a look, and ask us about anything you'd like to know more about.",
        ),
        descriptions=(
            "{page} at {name}: what's on offer, what's included and how to ask us about it.",
            "See what {name} offers in {location}, and how to order, book or get in touch.",
        ),
    ),
    "faq": PageWords(
        keywords=PAGE_KEYWORDS["faq"],
        headings=("Frequently asked questions", "Your questions, answered", "Good to know"),
        intros=(
            "Answers to the questions we hear most. Can't find yours? Just ask.",
            "Quick answers about {name}, and how to ask us anything else.",
        ),
        descriptions=(
            "Answers to common questions about {name}: how it works, what to expect and how to "
            "get in touch.",
            "Questions about {name} in {location}? Find quick answers here, or get in touch.",
        ),
    ),
    "features": PageWords(
        keywords=PAGE_KEYWORDS["features"],
        headings=("Features", "How it works", "What {name} does"),
        intros=(
            "A closer look at what {name} does and how it fits into your work.",
            "What it does, how it works and where it fits.",
        ),
        descriptions=(
            "{name} features: what it does, how it works and how it fits into your work.",
            "{page}: a closer look at {name}, what it does and how to get started with it.",
        ),
    ),
    "docs": PageWords(
        keywords=PAGE_KEYWORDS["docs"],
        headings=("Documentation", "Build with {name}", "Start here"),
        intros=(
            "Guides and reference for {name}, from first steps to the details.",
            "Everything you need to get set up and go further.",
        ),
        descriptions=(
            "Documentation for {name}: getting started, guides and reference.",
            "{page} for {name}: how to get set up, how it works and where to find the details.",
        ),
        body=(
            "New here? Start by getting set up, then try it on a small piece of real work "
            "before you go further.",
            "Stuck, or found something that isn't covered? Write to {email} with what you were "
            "trying to do and what happened.",
            "If something in the docs doesn't match what you see, let us know so we can fix it.",
        ),
    ),
    "journal": PageWords(
        keywords=PAGE_KEYWORDS["journal"],
        headings=("News and notes", "The latest from {name}", "Journal"),
        intros=(
            "The latest from {name}: news, notes and updates.",
            "News, updates and the occasional longer read.",
        ),
        descriptions=(
            "The latest from {name}: news, updates and notes on what we do.",
            "{page} from {name} in {location}: news, updates and notes on our work.",
        ),
        body=(
            "This is where we share news, updates and the occasional longer piece about our work.",
            "Want to hear when there's something new? Write to {email} and ask to be kept in "
            "the loop.",
            "Got a question about something you've read here? Get in touch. We're glad to hear "
            "from readers.",
        ),
    ),
    "pricing": PageWords(
        keywords=PAGE_KEYWORDS["pricing"],
        headings=("{page}", "Prices", "What it costs"),
        intros=(
            "How pricing works at {name}, and who to ask if anything is unclear.",
            "Questions about cost? Ask us and we'll tell you what's included before you commit.",
        ),
        descriptions=(
            "Prices at {name}: ask us what's included and what it costs, and how to get started.",
            "{page} at {name}: ask us what's included and about anything that isn't clear.",
        ),
    ),
    "gallery": PageWords(
        keywords=PAGE_KEYWORDS["gallery"],
        headings=("Gallery", "Illustrations", "In colour"),
        intros=(
            "Illustrations in the spirit of {name}.",
            "A few illustrations to set the mood.",
        ),
        descriptions=(
            "{page}: illustrations in the spirit of {name}, and how to get in touch to ask "
            "about what we do.",
            "{page} from {name} in {location}: illustrations to set the mood, and a way to ask "
            "us anything.",
        ),
    ),
    "location": PageWords(
        keywords=PAGE_KEYWORDS["location"],
        headings=("Getting here", "Find us in {location}", "How to find us"),
        intros=(
            "Where to find {name} and how to get here.",
            "Everything you need to find us in {location}.",
        ),
        descriptions=(
            "How to find {name} in {location}: directions, getting here and what's nearby.",
            "Getting to {name}: where we are, how to get here and who to call if you're lost.",
        ),
        body=(
            "You'll find us in {location}. If you need directions or help planning your "
            "journey, just ask.",
            "Coming by public transport, by car or by bike? Ask us about the best way to reach us.",
            "Call {phone} if you're on your way and can't find us.",
            "Need step-free access or other help getting in? Let us know before you visit and "
            "we'll tell you what to expect.",
        ),
    ),
}


_TONES: dict[str, ToneWords] = {
    "warm": ToneWords(
        cta_lines=(
            "We'd love to see you. Get in touch with {name} whenever you're ready.",
            "Come as you are: we'll be glad to see you.",
        ),
        contact_intros=(
            "We'd love to hear from you. Drop us a line or give us a call.",
            "Get in touch with {name}: we'd love to hear from you.",
        ),
    ),
    "professional": ToneWords(
        cta_lines=(
            "Get in touch to discuss what you need. We'll set out the next steps clearly.",
            "Contact {name} to arrange a first conversation.",
        ),
        contact_intros=(
            "Send us your enquiry and we'll come back to you with a clear next step.",
            "Contact {name} by phone or email, whichever suits you.",
        ),
    ),
    "playful": ToneWords(
        cta_lines=(
            "Go on, say hello. We don't bite.",
            "What are you waiting for? {name} is only a message away.",
        ),
        contact_intros=(
            "Questions, ideas, compliments, complaints: we want them all. Get in touch.",
            "Got a question? Fire away. We love a good chat.",
        ),
    ),
    "bold": ToneWords(
        cta_lines=(
            "Don't wait. Get in touch with {name} and get things moving.",
            "Make the call. We'll take it from there.",
        ),
        contact_intros=(
            "Tell us what you need. We'll tell you straight what we can do.",
            "Skip the small talk: tell us what you need.",
        ),
    ),
    "calm": ToneWords(
        cta_lines=(
            "Get in touch in your own time. We're here when you need us.",
            "There's no rush. Get in touch with {name} when it suits you.",
        ),
        contact_intros=(
            "Get in touch whenever it suits you. There's no rush.",
            "Take your time. Write or call when it suits you, and we'll take it from there.",
        ),
    ),
    "luxurious": ToneWords(
        cta_lines=(
            "We would be delighted to hear from you. Do get in touch whenever it suits you.",
            "It would be our pleasure to hear from you. Contact {name} at your convenience.",
        ),
        contact_intros=(
            "Contact us at your convenience. We would be delighted to assist.",
            "For appointments, enquiries or a private conversation, we are at your service.",
        ),
    ),
    "technical": ToneWords(
        cta_lines=(
            "Send us the details and we'll reply with a clear, specific answer.",
            "Tell us your requirements and we'll tell you whether and how {name} can meet them.",
        ),
        contact_intros=(
            "Send us the details: what you need, your constraints and your timeline. We'll "
            "reply with specifics.",
            "Questions about how it works? Get in touch with the specifics and we'll answer "
            "precisely.",
        ),
    ),
    "friendly": ToneWords(
        cta_lines=(
            "Got a question? Get in touch and we'll be happy to help.",
            "Say hello: {name} is easy to reach and happy to help.",
        ),
        contact_intros=(
            "Say hello! We're happy to help with questions big or small.",
            "Drop us a line and we'll get back to you.",
        ),
    ),
}


_INTERFACE = Interface(
    home="Home",
    headings={
        "hero": ("Welcome to {name}", "Hello from {name}"),
        "about": ("About us", "Who we are"),
        "services": ("What we offer", "What you'll find"),
        "features": ("Features", "What it does"),
        "testimonials": ("What people say", "Kind words"),
        "faq": ("Frequently asked questions", "Good to know"),
        "pricing": ("Prices", "What it costs"),
        "team": ("Meet the team", "The people behind {name}"),
        "stats": ("At a glance", "Facts and figures"),
        "gallery": ("Gallery", "Illustrations"),
        "contact": ("Get in touch", "Contact us"),
        "cta": ("Let's talk", "Over to you"),
        "text": ("In detail", "More to know"),
    },
    eyebrows={
        "hero": "Welcome",
        "about": "About",
        "services": "What we do",
        "features": "How it works",
        "testimonials": "Reviews",
        "faq": "FAQ",
        "pricing": "Pricing",
        "team": "Team",
        "stats": "In numbers",
        "gallery": "Gallery",
        "contact": "Contact",
        "cta": "Next step",
        "text": "More",
    },
    contact_headings=("Get in touch", "Contact us", "Talk to us"),
    contact_intros=(
        "The easiest ways to reach {name}, all in one place.",
        "Questions, ideas or just a hello: get in touch.",
    ),
    address="Address",
    phone="Phone",
    email="Email",
    hours="Opening hours",
    call_action="Call us",
    write_action="Email us",
    founded="Founded in {year}.",
    credentials_heading="Credentials",
    team_heading="Meet the team",
    reviews_heading="What people say",
    figures_heading="At a glance",
    prices_heading="Prices",
    faq_where="Where can I find you?",
    faq_when="When are you open?",
    faq_reach="How can I get in touch?",
    reach_answer="Call {phone} or email {email}.",
    reach_phone_only="Call {phone} and we'll be glad to help.",
    reach_email_only="Email {email} and we'll get back to you.",
    placeholder_note="Placeholder: replace before publishing",
    placeholder_quote="A customer's words, quoted with their permission.",
    placeholder_attribution="Customer's name",
    placeholder_person="Name",
    placeholder_role="Role",
    placeholder_bio="A sentence or two about this person.",
    placeholder_figure="##",
    placeholder_figure_label="What this figure counts",
    placeholder_price="Price",
    list_separator=", ",
    list_last=" and ",
    lowercase_inserted=True,
)


BOOK = Phrasebook(
    code="en",
    sectors={
        "food": _FOOD,
        "street_food": _STREET_FOOD,
        "cafe": _CAFE,
        "dental": _DENTAL,
        "health": _HEALTH,
        "fitness": _FITNESS,
        "legal": _LEGAL,
        "finance": _FINANCE,
        "software": _SOFTWARE,
        "creative": _CREATIVE,
        "retail": _RETAIL,
        "luxury": _LUXURY,
        "trades": _TRADES,
        "tutoring": _TUTORING,
        "hospitality": _HOSPITALITY,
        "nonprofit": _NONPROFIT,
        "generic": _GENERIC,
    },
    pages=_PAGES,
    tones=_TONES,
    interface=_INTERFACE,
)
