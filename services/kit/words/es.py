"""Spanish phrasebook of the offline provider: neutral Spanish for Spain and Latin America, tú.

The reader is always addressed as tú and the business speaks as "nosotros"; questions are
written in the first person or impersonally, so no line needs vosotros or ustedes.
"""

from __future__ import annotations

from services.kit.phrasebook import Interface, PageWords, Pair, Phrasebook, SectorWords, ToneWords

# --- sectors -----------------------------------------------------------------------------------

_FOOD = SectorWords(
    keywords=(
        "restaurante",
        "restaurant",
        "bistró",
        "bistrot",
        "panadería",
        "panadero",
        "panadera",
        "pastelería",
        "repostería",
        "obrador",
        "charcutería",
        "delicatessen",
        "catering",
        "tasca",
        "taberna",
        "marisquería",
        "pizzería",
        "trattoria",
        "asador",
        "parrilla",
        "taquería",
        "cevichería",
        "rosticería",
        "heladería",
        "gastrobar",
        "bar de tapas",
        "casa de comidas",
        "comida casera",
        "cocina",
        "bollería",
    ),
    label="Gastronomía",
    hero_headings=(
        "Comer bien en {location}",
        "Ven con hambre a {name}",
        "Ven a comer con nosotros",
    ),
    hero_lines=(
        "En {name} cuidamos cada detalle, del producto al último bocado.",
        "Pasa por {name} en {location}: aquí se viene a disfrutar de la comida sin prisas.",
        "Te esperamos en {location} con algo rico recién hecho.",
    ),
    primary_action="Reserva o encarga",
    about_headings=("Nuestra cocina", "Del producto a la mesa", "Cómo trabajamos"),
    about_paragraphs=(
        "En {name} todo empieza por el producto: elegimos bien los ingredientes y los tratamos "
        "con respeto, sin atajos.",
        "Aquí tienes lo que preparamos. Si quieres saber qué lleva un plato, pregúntanos.",
        "Si tienes una alergia o una intolerancia, dínoslo antes de pedir: te explicamos qué "
        "lleva cada cosa para que elijas con tranquilidad.",
        "Todo lo que sale de nuestra cocina está pensado para {audience}.",
    ),
    offerings_headings=("Lo que preparamos", "De nuestra cocina", "Para abrir el apetito"),
    offerings_intro=(
        "Una muestra de lo que encontrarás en {name}.",
        "Esto es lo que preparamos en {name}. Si tienes dudas sobre algún ingrediente, "
        "pregúntanos.",
    ),
    offering_blurbs=(
        "Pregúntanos cómo lo preparamos.",
        "Pídenos detalles sobre ingredientes y alérgenos.",
        "Una de las cosas que más nos gusta preparar.",
        "Pídelo y cuéntanos qué te parece.",
    ),
    process_heading="Cómo funciona",
    steps=(
        Pair("Reserva o pásate", "Si vienes en grupo, avísanos antes; si no, pásate sin más."),
        Pair("Elige con calma", "Te explicamos lo que hay y te ayudamos a elegir."),
        Pair("Disfruta", "Nosotros nos ocupamos del resto; tú solo tienes que disfrutar."),
    ),
    faq=(
        Pair(
            "Tengo una alergia. ¿Qué hago?",
            "Avísanos antes de pedir y te diremos qué lleva cada cosa. Si no podemos asegurarte "
            "que algo está libre de trazas, te lo diremos con claridad.",
        ),
        Pair(
            "¿Hay opciones vegetarianas o sin gluten?",
            "Pregúntanos al llegar o al hacer tu pedido: te diremos qué encaja con lo que "
            "necesitas.",
        ),
        Pair(
            "¿Puedo hacer un encargo o reservar para un evento?",
            "Cuéntanos qué necesitas, para cuántas personas y para cuándo, y te diremos si "
            "podemos prepararlo.",
        ),
        Pair(
            "¿Hace falta reservar?",
            "Para grupos te recomendamos reservar. Escríbenos o llámanos y te confirmamos si "
            "hay sitio.",
        ),
        Pair(
            "¿Puedo pedir para llevar?",
            "Pregúntanos: te diremos qué se puede llevar y cómo encargarlo con tiempo.",
        ),
    ),
    cta_headings=("Ven a probarlo", "¿Te esperamos?", "Pásate por {name}"),
    cta_lines=(
        "Reserva, encarga o simplemente pásate por {name}: te esperamos.",
        "Estamos en {location}. Ven con hambre.",
    ),
    meta_descriptions=(
        "{name}, en {location}: la carta, los horarios y cómo llegar.",
        "{name}: cocina cuidada en {location}. Mira lo que preparamos, reserva o haz tu encargo.",
    ),
    taglines=("Comer bien, sin complicaciones", "A la mesa", "Buen provecho"),
)

_STREET_FOOD = SectorWords(
    keywords=(
        "camión de comida",
        "gastroneta",
        "comida callejera",
        "comida ambulante",
        "puesto de comida",
        "puesto en el mercado",
        "puesto del mercado",
        "carrito de comida",
        "carrito de helados",
        "furgoneta de",
        "heladero",
        "tianguis",
        "street food",
        "trailer de comida",
        "comida sobre ruedas",
    ),
    label="Comida callejera",
    hero_headings=(
        "Comida a pie de calle",
        "{name}: comida hecha al momento",
        "Búscanos y ven con hambre",
    ),
    hero_lines=(
        "En {name} lo preparamos al momento y te lo damos listo para comer donde quieras.",
        "Búscanos en {location} y déjate tentar.",
    ),
    primary_action="Encuéntranos",
    about_headings=("Hecho al momento", "Cómo trabajamos", "Comida para la calle"),
    about_paragraphs=(
        "{name} es comida pensada para la calle: se pide, se prepara al momento y se disfruta "
        "donde te apetezca.",
        "Preparamos cada pedido en el momento, con ingredientes que elegimos bien, para que "
        "llegue a tus manos en su punto.",
        "Si quieres saber dónde estaremos los próximos días, escríbenos o síguenos en redes.",
        "Lo preparamos todo pensando en {audience}.",
    ),
    offerings_headings=("Lo que preparamos", "Para pedir", "Lo que cocinamos"),
    offerings_intro=(
        "Esto es lo que puedes pedir en {name}.",
        "Lo que sale de la cocina de {name}, listo para disfrutar.",
    ),
    offering_blurbs=(
        "Pregunta por los ingredientes al pedir.",
        "Pídelo y disfrútalo donde te apetezca.",
        "Recién preparado, en el momento.",
        "Pídelo tal cual o pregúntanos cómo lo preparamos.",
    ),
    process_heading="Cómo pedir",
    steps=(
        Pair("Encuéntranos", "Mira dónde estamos o escríbenos para saberlo."),
        Pair("Pide", "Elige, paga y espera un momento mientras lo preparamos."),
        Pair("Disfruta", "Cómetelo allí mismo o llévatelo: tú decides."),
    ),
    faq=(
        Pair(
            "¿Dónde puedo encontrar a {name}?",
            "Escríbenos y te diremos dónde estaremos los próximos días.",
        ),
        Pair(
            "¿Se puede contratar a {name} para un evento?",
            "Cuéntanos la fecha, el lugar y cuántas personas esperas, y te diremos si podemos "
            "ir y cómo lo organizaríamos.",
        ),
        Pair(
            "¿Puedo saber qué alérgenos lleva cada cosa?",
            "Sí: pregúntanos al pedir y te diremos qué lleva cada cosa. Si no podemos asegurarte "
            "que algo está libre de trazas, también te lo diremos.",
        ),
        Pair(
            "¿Hay opciones vegetarianas?",
            "Pregúntanos al pedir: te diremos qué encaja con lo que comes.",
        ),
        Pair(
            "¿Puedo hacer un pedido grande?",
            "Avísanos con antelación y cuéntanos qué necesitas; te diremos qué podemos preparar.",
        ),
    ),
    cta_headings=("Ven con hambre", "¿Nos buscas?", "Te esperamos en la calle"),
    cta_lines=(
        "Encuentra a {name} y pide lo que más te apetezca.",
        "¿Tienes un evento? Cuéntanoslo y te diremos si podemos ir.",
    ),
    meta_descriptions=(
        "{name}: comida callejera hecha al momento en {location}. Descubre dónde encontrarnos.",
        "{name}, comida a pie de calle: mira lo que preparamos y dónde estaremos.",
    ),
    taglines=("Comida a pie de calle", "Hecho al momento"),
)

_CAFE = SectorWords(
    keywords=(
        "cafetería",
        "café de especialidad",
        "tostador",
        "tostadores",
        "tostaduría",
        "tostadero",
        "tetería",
        "salón de té",
        "casa de té",
        "brunch",
        "barista",
        "chocolatería",
        "cafés",
        "coffee shop",
    ),
    label="Cafetería",
    hero_headings=(
        "Un café en {location}",
        "Tu pausa de café en {location}",
        "Café, calma y algo rico",
    ),
    hero_lines=(
        "En {name} preparamos cada taza con calma, para que la disfrutes igual.",
        "Un sitio en {location} para empezar el día, hacer una pausa o quedar con alguien.",
    ),
    primary_action="Ven a vernos",
    about_headings=("Nuestro café", "Un sitio para quedarse", "Cómo trabajamos"),
    about_paragraphs=(
        "En {name} cada taza se prepara con atención, de la primera de la mañana a la última "
        "de la tarde.",
        "Es un sitio para tomarte un respiro: pedir algo rico, sentarte un rato o llevártelo "
        "de camino.",
        "Si no sabes qué elegir, pregúntanos. Nos gusta contar de dónde viene lo que servimos "
        "y cómo lo preparamos.",
        "Lo preparamos todo pensando en {audience}.",
    ),
    offerings_headings=("Lo que servimos", "En la barra", "Para tomar"),
    offerings_intro=(
        "Lo que encontrarás en {name}, para tomar aquí o para llevar.",
        "Esto es lo que servimos en {name}. Si dudas, te ayudamos a elegir.",
    ),
    offering_blurbs=(
        "Pregúntanos cómo lo preparamos.",
        "Para tomar aquí o para llevar.",
        "Dinos cómo te gusta y te lo preparamos.",
        "Pídenos una recomendación si dudas.",
    ),
    process_heading="Así de sencillo",
    steps=(
        Pair("Pasa", "Ven cuando te venga bien dentro de nuestro horario."),
        Pair("Elige", "Mira lo que hay o pídenos una recomendación."),
        Pair("Disfruta", "Quédate un rato o llévatelo contigo."),
    ),
    faq=(
        Pair(
            "¿Puedo pedir leche vegetal o sin lactosa?",
            "Pregúntanos en la barra: te diremos qué alternativas tenemos.",
        ),
        Pair(
            "¿Se puede trabajar con el portátil?",
            "Pregúntanos al llegar. Según la hora y el movimiento, te diremos dónde estarás "
            "más a gusto.",
        ),
        Pair(
            "¿Puedo comprar café para preparar en casa?",
            "Pregúntanos en la barra: te diremos qué tenemos y cómo sacarle partido en casa.",
        ),
        Pair(
            "¿Hay opciones sin gluten?",
            "Dinos qué necesitas evitar y te explicamos qué lleva cada cosa.",
        ),
        Pair(
            "¿Puedo reservar mesa para un grupo?",
            "Escríbenos antes con el día y el número de personas, y vemos cómo organizarlo.",
        ),
    ),
    cta_headings=("Pásate a por un café", "¿Un café?", "Nos vemos en la barra"),
    cta_lines=(
        "Estamos en {location}. Pásate a por tu café cuando te venga bien.",
        "Ven a {name} a tomarte un respiro.",
    ),
    meta_descriptions=(
        "{name}, cafetería en {location}: qué tomar aquí o para llevar y cuándo abrimos.",
        "{name}: café preparado con calma en {location} y un sitio donde quedarse un rato.",
    ),
    taglines=("Café, sin prisas", "Tu pausa en {location}", "Café con calma"),
)

_DENTAL = SectorWords(
    keywords=(
        "dentista",
        "dentistas",
        "clínica dental",
        "consulta dental",
        "odontología",
        "odontólogo",
        "odontóloga",
        "odontopediatr",
        "ortodoncia",
        "ortodoncista",
        "implantes dentales",
        "higiene dental",
        "higienista dental",
        "salud bucal",
        "estomatolog",
    ),
    label="Clínica dental",
    hero_headings=(
        "Tu dentista en {location}",
        "Cuidamos de tu boca, con calma",
        "Salud dental, explicada con claridad",
    ),
    hero_lines=(
        "En {name} te explicamos cada paso antes de empezar y vamos a tu ritmo.",
        "Revisiones y tratamientos en {location}, con tiempo para tus preguntas.",
    ),
    primary_action="Pide cita",
    about_headings=("Cómo trabajamos", "Sin prisas", "Tu visita, paso a paso"),
    about_paragraphs=(
        "En {name} cada tratamiento empieza por una conversación: miramos, te explicamos lo que "
        "vemos y decidimos contigo el siguiente paso.",
        "Antes de empezar sabrás qué vamos a hacer, por qué y qué alternativas tienes. Si algo "
        "te preocupa, lo hablamos.",
        "Sabemos que a mucha gente le cuesta ir al dentista. Por eso vamos con calma y paramos "
        "cuando lo necesitas.",
        "Nuestra consulta está pensada para {audience}.",
    ),
    offerings_headings=("Tratamientos", "Nuestros tratamientos", "Cómo podemos ayudarte"),
    offerings_intro=(
        "Estos son los tratamientos que ofrecemos en {name}.",
        "En {name} te explicamos cada tratamiento antes de empezar.",
    ),
    offering_blurbs=(
        "Te explicamos en qué consiste en la primera visita.",
        "Pregúntanos si es adecuado para ti.",
        "Lo valoramos contigo antes de empezar.",
        "Resolvemos tus dudas antes de empezar.",
    ),
    process_heading="Tu primera visita",
    steps=(
        Pair("Pide cita", "Llámanos o escríbenos y buscamos un momento que te venga bien."),
        Pair(
            "Revisión",
            "Exploramos tu boca, te explicamos lo que vemos y respondemos a tus dudas.",
        ),
        Pair(
            "Plan de tratamiento",
            "Si hace falta tratamiento, te proponemos un plan claro y decides con calma.",
        ),
    ),
    faq=(
        Pair(
            "¿Qué pasa en la primera visita?",
            "Hablamos de lo que te trae, revisamos tu boca y te explicamos lo que vemos. Si hace "
            "falta algún tratamiento, te lo explicamos antes de empezar nada.",
        ),
        Pair(
            "Me da miedo ir al dentista. ¿Qué puedo hacer?",
            "Cuéntanoslo al pedir cita. Vamos a tu ritmo, te explicamos cada paso y paramos "
            "cuando lo necesitas.",
        ),
        Pair(
            "Tengo una urgencia dental. ¿Qué hago?",
            "Llámanos en cuanto puedas y cuéntanos qué te pasa. Haremos lo posible por "
            "atenderte pronto o te diremos a dónde acudir.",
        ),
        Pair(
            "¿Puedo usar mi seguro dental?",
            "Depende de tu seguro. Pregúntanos antes de la visita y te explicamos cómo funciona "
            "en tu caso.",
        ),
        Pair(
            "¿Cada cuánto debo hacerme una revisión?",
            "Depende de cada boca. En la revisión te diremos qué frecuencia te conviene a ti.",
        ),
    ),
    cta_headings=("Pide tu cita", "¿Hablamos de tu sonrisa?"),
    cta_lines=(
        "Pide cita en {name} y resolvemos tus dudas en la primera visita.",
        "Estamos en {location}. Llámanos o escríbenos y buscamos un momento que te venga bien.",
    ),
    meta_descriptions=(
        "{name}, clínica dental en {location}: revisiones y tratamientos explicados con claridad.",
        "{name}: tu dentista en {location}. Atención sin prisas y un plan claro para tu boca.",
    ),
    taglines=("Tu dentista, sin prisas", "Odontología sin prisas"),
)

_HEALTH = SectorWords(
    keywords=(
        "clínica",
        "centro médico",
        "consultorio",
        "médico",
        "médica",
        "medicina",
        "fisioterapia",
        "fisioterapeuta",
        "osteopatía",
        "osteópata",
        "psicología",
        "psicólogo",
        "psicóloga",
        "psicoterapia",
        "terapia",
        "terapeuta",
        "nutricionista",
        "dietista",
        "podología",
        "podólogo",
        "podóloga",
        "logopeda",
        "fonoaudiolog",
        "enfermería",
        "salud mental",
        "quiropráctic",
        "acupuntura",
        "pediatra",
        "kinesiolog",
        "salud",
    ),
    label="Salud",
    hero_headings=(
        "Cuidamos de tu salud en {location}",
        "Te escuchamos y te acompañamos",
        "Atención cercana en {location}",
    ),
    hero_lines=(
        "En {name} dedicamos tiempo a entender lo que te pasa antes de proponerte nada.",
        "Una consulta en {location} donde te escuchan y te lo explican todo con claridad.",
    ),
    primary_action="Pide cita",
    about_headings=("Cómo trabajamos", "Nuestra forma de cuidar", "Tiempo para escucharte"),
    about_paragraphs=(
        "En {name} la primera consulta sirve para escucharte: qué te pasa, desde cuándo y cómo "
        "afecta a tu día a día.",
        "Con esa información te proponemos un plan claro, te explicamos el porqué de cada paso "
        "y lo ajustamos según cómo evolucionas.",
        "Queremos que salgas de cada cita sabiendo qué hacer después. Si te surge una duda "
        "entre visitas, pregúntanos.",
        "Nuestro trabajo está pensado para {audience}.",
    ),
    offerings_headings=("Lo que hacemos", "Consultas y tratamientos", "Cómo podemos ayudarte"),
    offerings_intro=(
        "Estas son las consultas y los tratamientos que ofrecemos en {name}.",
        "En {name} te explicamos cada tratamiento antes de empezar.",
    ),
    offering_blurbs=(
        "Te explicamos en qué consiste en la primera consulta.",
        "Pregúntanos si es adecuado para tu caso.",
        "Lo adaptamos a lo que necesitas.",
        "Resolvemos tus dudas antes de empezar.",
    ),
    process_heading="Cómo empezar",
    steps=(
        Pair("Pide cita", "Llámanos o escríbenos y buscamos un momento que te venga bien."),
        Pair("Primera consulta", "Te escuchamos, valoramos tu caso y resolvemos tus dudas."),
        Pair("Tu plan", "Acordamos contigo los siguientes pasos y te acompañamos en cada uno."),
    ),
    faq=(
        Pair(
            "¿Qué debo llevar a la primera cita?",
            "Si tienes informes, pruebas o una lista de la medicación que tomas, tráelos. Nos "
            "ayudan a entender mejor tu caso.",
        ),
        Pair(
            "¿Necesito que me derive un médico?",
            "Depende del tipo de consulta y de tu seguro. Pregúntanos al pedir cita y te lo "
            "aclaramos.",
        ),
        Pair(
            "¿Puedo usar mi seguro médico?",
            "Depende de tu seguro. Pregúntanos antes de la cita y te explicamos cómo funciona "
            "en tu caso.",
        ),
        Pair(
            "¿Cuántas sesiones voy a necesitar?",
            "Depende de cada persona. Después de la primera consulta te daremos una idea más "
            "clara y la iremos revisando contigo.",
        ),
        Pair(
            "¿Qué pasa si no puedo ir a mi cita?",
            "Avísanos en cuanto lo sepas: así podemos dar tu hora a otra persona y buscarte otra.",
        ),
    ),
    cta_headings=("Pide tu cita", "Da el primer paso"),
    cta_lines=(
        "Escríbenos o llámanos y buscamos juntos el mejor momento para tu primera consulta en "
        "{name}.",
        "Estamos en {location}. Cuéntanos qué te pasa y te diremos cómo podemos ayudarte.",
    ),
    meta_descriptions=(
        "{name}, en {location}: atención cercana, tiempo para escucharte y un plan claro.",
        "{name}: consultas y tratamientos en {location}, explicados con claridad y sin prisas.",
    ),
    taglines=("Te escuchamos", "Salud con tiempo y atención"),
)

_FITNESS = SectorWords(
    keywords=(
        "gimnasio",
        "gym",
        "fitness",
        "entrenador personal",
        "entrenadora personal",
        "entrenamiento",
        "yoga",
        "pilates",
        "crossfit",
        "artes marciales",
        "boxeo",
        "spinning",
        "ciclo indoor",
        "zumba",
        "calistenia",
        "centro deportivo",
        "estudio de yoga",
    ),
    label="Entrenamiento",
    hero_headings=(
        "Empieza a moverte en {location}",
        "Entrena a tu ritmo",
        "Tu próxima sesión empieza aquí",
    ),
    hero_lines=(
        "En {name} te acompañamos desde la primera sesión, vengas de donde vengas.",
        "Clases y entrenamientos en {location} para sentirte mejor, sin presiones.",
    ),
    primary_action="Reserva tu sesión",
    about_headings=("Cómo entrenamos", "Nuestra forma de trabajar", "Entrenar con cabeza"),
    about_paragraphs=(
        "En {name} empezamos por conocerte: qué quieres conseguir, cómo te mueves y cuánto "
        "tiempo tienes.",
        "A partir de ahí adaptamos cada sesión a tu nivel. Cuidamos la técnica para que "
        "progreses con seguridad.",
        "Aquí nadie te juzga: tanto si estás en forma como si llevas mucho tiempo sin hacer "
        "deporte, encontrarás tu sitio.",
        "Nuestras sesiones están pensadas para {audience}.",
    ),
    offerings_headings=("Clases y entrenamientos", "Cómo puedes entrenar", "Lo que ofrecemos"),
    offerings_intro=(
        "Elige cómo quieres entrenar en {name}.",
        "Estas son las formas de entrenar con {name}. Si dudas, te ayudamos a elegir.",
    ),
    offering_blurbs=(
        "Pregúntanos si encaja con tu nivel.",
        "Te ayudamos a empezar con buen pie.",
        "Adaptamos los ejercicios a tu nivel.",
        "Pregúntanos cómo encaja en tu rutina.",
    ),
    process_heading="Cómo empezar",
    steps=(
        Pair("Escríbenos", "Cuéntanos qué buscas y te proponemos por dónde empezar."),
        Pair("Primera sesión", "Vemos tu punto de partida y resolvemos tus dudas."),
        Pair("A entrenar", "Te marcamos un camino claro y lo revisamos contigo."),
    ),
    faq=(
        Pair(
            "Nunca he entrenado. ¿Puedo empezar?",
            "Claro. Cuéntanos de dónde partes y te diremos por dónde empezar.",
        ),
        Pair(
            "¿Qué tengo que traer?",
            "Ropa cómoda y agua. Si para tu sesión hace falta algo más, te lo diremos al reservar.",
        ),
        Pair(
            "¿Hay que reservar las clases?",
            "Depende de la clase. Pregúntanos y te explicamos cómo reservar tu plaza.",
        ),
        Pair(
            "Tengo una lesión. ¿Puedo entrenar?",
            "Cuéntanoslo antes de empezar. Adaptaremos los ejercicios y, si hace falta, te "
            "recomendaremos consultar antes con un profesional de la salud.",
        ),
        Pair(
            "¿Cómo funcionan las tarifas?",
            "Pregúntanos y te explicamos las opciones que hay y cuál encaja mejor contigo.",
        ),
    ),
    cta_headings=("¿Empezamos?", "Ven a entrenar", "Tu primera sesión te espera"),
    cta_lines=(
        "Escríbenos y prepara tu primera sesión en {name}.",
        "Estamos en {location}. Ven a conocernos y empieza a tu ritmo.",
    ),
    meta_descriptions=(
        "{name}, en {location}: clases y entrenamiento adaptados a tu nivel, con seguimiento.",
        "{name}: entrena a tu ritmo en {location}, con un plan pensado para ti.",
    ),
    taglines=("Entrena a tu ritmo", "Muévete mejor"),
)

_LEGAL = SectorWords(
    keywords=(
        "abogado",
        "abogada",
        "abogados",
        "bufete",
        "despacho de abogados",
        "despacho jurídico",
        "asesoría jurídica",
        "asesoría legal",
        "jurídico",
        "jurídica",
        "notaría",
        "notario",
        "notaria",
        "procurador",
        "procuradora",
        "mediación familiar",
        "derecho laboral",
        "derecho de familia",
        "derecho penal",
        "derecho civil",
        "extranjería",
        "legal",
    ),
    label="Despacho jurídico",
    hero_headings=(
        "Asesoramiento legal claro en {location}",
        "Te ayudamos con tu asunto legal",
        "Respuestas claras a tus dudas legales",
    ),
    hero_lines=(
        "En {name} te explicamos tu situación con palabras sencillas y te decimos qué opciones "
        "tienes.",
        "Un despacho en {location} que te escucha, te orienta y te acompaña en cada paso.",
    ),
    primary_action="Cuéntanos tu caso",
    about_headings=("Cómo trabajamos", "Claridad desde el primer día", "Nuestra forma de trabajar"),
    about_paragraphs=(
        "En {name} empezamos escuchando. Antes de hablar de soluciones, queremos entender bien "
        "tu situación y lo que te preocupa.",
        "Te explicamos tus opciones sin tecnicismos, con sus ventajas y sus riesgos, y te "
        "contamos cómo funcionan nuestros honorarios antes de empezar.",
        "Durante el proceso te informamos de cada novedad. Todo lo que nos cuentas es "
        "confidencial.",
        "Trabajamos para {audience}.",
    ),
    offerings_headings=("Áreas de práctica", "En qué podemos ayudarte", "Nuestros servicios"),
    offerings_intro=(
        "Estos son los ámbitos en los que trabaja {name}.",
        "Si tu asunto no aparece aquí, pregúntanos: te diremos si podemos ayudarte.",
    ),
    offering_blurbs=(
        "Te explicamos tus opciones en una primera conversación.",
        "Cuéntanos tu caso y te orientamos.",
        "Pregúntanos si tu situación encaja aquí.",
        "Te decimos con claridad qué puedes esperar.",
    ),
    process_heading="Cómo trabajamos contigo",
    steps=(
        Pair("Primer contacto", "Cuéntanos brevemente tu caso por teléfono o por escrito."),
        Pair("Análisis", "Estudiamos tu situación y te explicamos las opciones y los honorarios."),
        Pair("Acompañamiento", "Nos ocupamos de los trámites y te informamos de cada paso."),
    ),
    faq=(
        Pair(
            "¿Cuánto cuesta una primera consulta?",
            "Depende del asunto. Pregúntanos al contactar y te lo diremos antes de la cita.",
        ),
        Pair(
            "¿Qué documentos debo llevar?",
            "Todo lo que tenga que ver con tu asunto: contratos, cartas, notificaciones o "
            "mensajes. Si dudas, tráelo y lo revisamos juntos.",
        ),
        Pair(
            "¿Es confidencial lo que cuento?",
            "Sí. Todo lo que nos cuentas queda protegido por el secreto profesional.",
        ),
        Pair(
            "¿Cuánto tardará mi asunto?",
            "Depende del tipo de caso y de los plazos de cada trámite. Pregúntanos y te daremos "
            "una idea al estudiarlo.",
        ),
    ),
    cta_headings=("Hablemos de tu caso", "¿Necesitas asesoramiento?"),
    cta_lines=(
        "Cuéntanos tu situación y te diremos cómo puede ayudarte {name}.",
        "Estamos en {location}. Escríbenos o llámanos para una primera conversación.",
    ),
    meta_descriptions=(
        "{name}, despacho jurídico en {location}: asesoramiento claro, trato cercano y "
        "confidencialidad.",
        "{name}: te explicamos tus opciones legales con claridad y te acompañamos en cada paso.",
    ),
    taglines=("Derecho con palabras claras", "Te explicamos tus opciones"),
)

_FINANCE = SectorWords(
    keywords=(
        "asesoría fiscal",
        "asesoría contable",
        "asesoría laboral",
        "asesoría de empresas",
        "asesor fiscal",
        "asesora fiscal",
        "asesor financiero",
        "asesora financiera",
        "gestoría",
        "gestor administrativo",
        "contable",
        "contabilidad",
        "contador",
        "contadora",
        "contaduría",
        "impuestos",
        "tributari",
        "auditoría",
        "nóminas",
        "declaración de la renta",
        "seguros",
        "correduría de seguros",
        "corredor de seguros",
        "corredora de seguros",
        "finanzas",
    ),
    label="Asesoría",
    hero_headings=(
        "Tus números, en orden",
        "Cuentas e impuestos sin sobresaltos",
        "Asesoría cercana en {location}",
    ),
    hero_lines=(
        "En {name} nos ocupamos del papeleo para que tú te dediques a lo tuyo.",
        "Una asesoría en {location} que te explica tus cuentas y te avisa de cada plazo.",
    ),
    primary_action="Pide información",
    about_headings=("Cómo trabajamos", "Tus cuentas, claras", "Orden y tranquilidad"),
    about_paragraphs=(
        "En {name} empezamos por entender tu situación: a qué te dedicas, qué te preocupa y qué "
        "necesitas tener al día.",
        "Nos ocupamos de los trámites y los plazos, y te explicamos cada cifra con palabras "
        "sencillas para que decidas con información.",
        "Si algo cambia en tu situación, cuéntanoslo y vemos juntos qué supone.",
        "Trabajamos con {audience}.",
    ),
    offerings_headings=("Servicios", "En qué te ayudamos", "Lo que hacemos por ti"),
    offerings_intro=(
        "Estos son los servicios que ofrece {name}.",
        "Si no ves lo que buscas, pregúntanos: te diremos si podemos encargarnos.",
    ),
    offering_blurbs=(
        "Te explicamos qué incluye en una primera reunión.",
        "Pregúntanos cómo se adapta a tu caso.",
        "Te lo explicamos sin tecnicismos.",
        "Cuéntanos tu caso y te decimos cómo lo haríamos.",
    ),
    process_heading="Cómo empezamos",
    steps=(
        Pair("Primera conversación", "Nos cuentas tu situación y lo que necesitas."),
        Pair("Propuesta", "Te decimos por escrito qué haremos por ti y cuánto costará."),
        Pair("Seguimiento", "Nos ocupamos de lo acordado y te avisamos antes de cada plazo."),
    ),
    faq=(
        Pair(
            "¿Puedo cambiar de asesoría a mitad de año?",
            "Pregúntanos y te explicamos qué supone el cambio y qué necesitaríamos de ti.",
        ),
        Pair(
            "¿Qué documentación tengo que preparar?",
            "Depende de tu caso. Después de la primera conversación te daremos una lista clara "
            "de lo que necesitamos.",
        ),
        Pair(
            "¿Cómo funcionan los honorarios?",
            "Pregúntanos antes de empezar y te los explicamos según lo que necesites.",
        ),
        Pair(
            "¿Y si recibo una notificación de la administración tributaria?",
            "Escríbenos en cuanto la recibas. La revisamos contigo y te decimos qué hacer y en "
            "qué plazo.",
        ),
    ),
    cta_headings=("Pon tus números en orden", "¿Hablamos?"),
    cta_lines=(
        "Cuéntanos qué necesitas y te diremos cómo puede ayudarte {name}.",
        "Estamos en {location}. Pide una primera reunión.",
    ),
    meta_descriptions=(
        "{name}, asesoría en {location}: contabilidad, impuestos y trámites al día, con claridad.",
        "{name}: tus cuentas en orden y cada plazo controlado, explicado sin tecnicismos.",
    ),
    taglines=("Tus números, en orden", "Cuentas claras"),
)

_SOFTWARE = SectorWords(
    keywords=(
        "software",
        "apps",
        "plataforma",
        "saas",
        "programación",
        "desarrollo de software",
        "desarrolladores",
        "desarrolladoras",
        "código abierto",
        "startup",
        "herramienta para",
        "herramientas para desarrolladores",
        "api rest",
        "sdk",
        "aplicación móvil",
        "aplicación web",
        "aplicaciones móviles",
        "software de gestión",
    ),
    label="Software",
    hero_headings=(
        "Trabaja mejor con {name}",
        "Menos pasos, más trabajo hecho",
        "Descubre lo que hace",
    ),
    hero_lines=(
        "{name} se encarga de lo repetitivo para que tú te centres en lo importante.",
        "Pruébalo con tu propio trabajo y decide con datos.",
    ),
    primary_action="Empieza ahora",
    about_headings=("Por qué {name}", "Cómo funciona", "Pensado para trabajar"),
    about_paragraphs=(
        "{name} está pensado para hacer bien una tarea concreta, sin añadir pasos ni "
        "complicaciones.",
        "Aquí ves qué hace {name} y cómo empezar. Si algo no queda claro, pregúntanos.",
        "Escuchamos a quienes lo usan cada día: sus comentarios deciden qué mejoramos después.",
        "Lo construimos para {audience}.",
    ),
    offerings_headings=("Funciones", "Qué puedes hacer", "Lo que incluye"),
    offerings_intro=(
        "Esto es lo que puedes hacer con {name}.",
        "Lo que {name} pone a tu alcance.",
    ),
    offering_blurbs=(
        "Consulta la documentación para ver cómo usarlo.",
        "Pruébalo con tus propios datos.",
        "Escríbenos si tienes dudas sobre cómo encaja en tu forma de trabajar.",
        "Escríbenos si quieres verlo en acción.",
    ),
    process_heading="Cómo empezar",
    steps=(
        Pair("Empieza", "Regístrate o instálalo siguiendo la guía de inicio."),
        Pair("Configura", "Ajústalo a tu forma de trabajar y conéctalo con lo que ya usas."),
        Pair("Trabaja", "Deja que se ocupe de lo repetitivo y céntrate en lo que importa."),
    ),
    faq=(
        Pair(
            "¿Necesito conocimientos técnicos?",
            "Depende de lo que quieras hacer. Cuéntanos tu caso y te diremos por dónde empezar.",
        ),
        Pair(
            "¿Qué pasa con mis datos?",
            "Pregúntanos cómo se guardan y se tratan tus datos y te lo explicamos con detalle.",
        ),
        Pair(
            "¿Puedo probarlo antes de decidirme?",
            "Escríbenos y te contamos qué opciones hay para probarlo con tu propio caso.",
        ),
        Pair(
            "¿Se integra con otras herramientas?",
            "Escríbenos contándonos qué usas y te diremos cómo conectarlo.",
        ),
        Pair(
            "¿Dónde pido ayuda si algo falla?",
            "Escríbenos contando qué ha pasado y qué esperabas que pasara. Cuanto más detalle "
            "nos des, antes podremos ayudarte.",
        ),
    ),
    cta_headings=("¿Empezamos?", "Pruébalo con tu trabajo"),
    cta_lines=(
        "Empieza con {name} y comprueba cómo encaja en tu día a día.",
        "Si tienes dudas antes de empezar, escríbenos y te ayudamos.",
    ),
    meta_descriptions=(
        "{name}: software para trabajar con menos pasos y más claridad. Descubre cómo funciona.",
        "{name} se ocupa de lo repetitivo para que te centres en lo importante. Empieza ahora.",
    ),
    taglines=("Menos pasos, más trabajo hecho", "Software que se entiende"),
)

_CREATIVE = SectorWords(
    keywords=(
        "diseño",
        "diseño gráfico",
        "diseño web",
        "diseñador",
        "diseñadora",
        "estudio creativo",
        "estudio de diseño",
        "fotógrafo",
        "fotógrafa",
        "fotografía",
        "agencia",
        "branding",
        "ilustración",
        "ilustrador",
        "ilustradora",
        "publicidad",
        "audiovisual",
        "productora",
        "creativ",
        "videógraf",
        "animación",
        "agencia de marketing",
        "marketing digital",
    ),
    label="Trabajo creativo",
    hero_headings=(
        "Damos forma a tus ideas",
        "Trabajo creativo con criterio",
        "Creatividad con los pies en la tierra",
    ),
    hero_lines=(
        "En {name} escuchamos primero y creamos después: cada proyecto parte de lo que "
        "necesitas contar.",
        "Desde {location}, trabajamos contigo de la idea al resultado final.",
    ),
    primary_action="Cuéntanos tu proyecto",
    about_headings=("Cómo trabajamos", "Nuestra forma de crear", "De la idea al resultado"),
    about_paragraphs=(
        "En {name} cada proyecto empieza con una conversación: qué quieres contar, a quién y "
        "para qué.",
        "A partir de ahí proponemos, probamos y ajustamos contigo. Te enseñamos el trabajo en "
        "cada fase para que no haya sorpresas al final.",
        "Nos importa que el resultado funcione, no solo que se vea bien.",
        "Trabajamos con {audience}.",
    ),
    offerings_headings=("Lo que hacemos", "Servicios", "Cómo podemos ayudarte"),
    offerings_intro=(
        "Estos son los servicios de {name}.",
        "Cada proyecto es distinto; esto es lo que solemos hacer en {name}.",
    ),
    offering_blurbs=(
        "Cuéntanos tu idea y te proponemos cómo abordarla.",
        "Lo adaptamos a cada proyecto.",
        "Pregúntanos por trabajos parecidos.",
        "Escríbenos y lo hablamos.",
    ),
    process_heading="De la idea al resultado",
    steps=(
        Pair(
            "Escuchamos",
            "Hablamos de lo que necesitas y aclaramos objetivos, plazos y presupuesto.",
        ),
        Pair("Proponemos", "Te presentamos una primera dirección y la ajustamos contigo."),
        Pair("Entregamos", "Cerramos el trabajo y te lo entregamos todo listo para usar."),
    ),
    faq=(
        Pair(
            "¿Cuánto cuesta un proyecto?",
            "Depende del alcance. Cuéntanos qué necesitas y te enviaremos un presupuesto "
            "detallado antes de empezar.",
        ),
        Pair(
            "¿Cuánto tiempo lleva?",
            "Depende del proyecto y de tus plazos. Pregúntanos al principio y lo hablamos contigo.",
        ),
        Pair(
            "¿Cuántas rondas de cambios incluye?",
            "Pregúntanos antes de empezar cómo funcionan los cambios.",
        ),
        Pair(
            "¿Podemos trabajar a distancia?",
            "Cuéntanos dónde estás y te diremos cómo podemos organizarnos.",
        ),
        Pair(
            "¿De quién son los derechos del trabajo?",
            "Pregúntanos antes de empezar qué podrás hacer con cada pieza.",
        ),
    ),
    cta_headings=("¿Tienes un proyecto en mente?", "Hablemos de tu idea"),
    cta_lines=(
        "Cuéntanos qué tienes en mente y te diremos cómo lo haríamos en {name}.",
        "Escríbenos con tu idea, aunque aún esté a medio hacer.",
    ),
    meta_descriptions=(
        "{name}, trabajo creativo en {location}: cómo trabajamos y cómo hablar con nosotros.",
        "{name}: damos forma a tus ideas, de la primera conversación al resultado final.",
    ),
    taglines=("Ideas con forma", "Creatividad con criterio"),
)

_RETAIL = SectorWords(
    keywords=(
        "tienda",
        "boutique",
        "floristería",
        "florista",
        "librería",
        "papelería",
        "juguetería",
        "zapatería",
        "mercería",
        "ferretería",
        "perfumería",
        "vinoteca",
        "herbolario",
        "ultramarinos",
        "colmado",
        "comercio local",
        "pequeño comercio",
        "regalos",
        "tienda de moda",
        "moda y complementos",
        "ropa",
        "bazar",
        "tienda de decoración",
    ),
    label="Tienda",
    hero_headings=(
        "Ven a descubrir {name}",
        "Tu tienda en {location}",
        "Pasa y echa un vistazo",
    ),
    hero_lines=(
        "Pregúntanos lo que quieras y te ayudamos a encontrar lo que buscas.",
        "Una tienda en {location} donde te atienden personas que conocen lo que venden.",
    ),
    primary_action="Visita la tienda",
    about_headings=("Nuestra tienda", "Cómo elegimos", "Cómo te atendemos"),
    about_paragraphs=(
        "En {name} cada cosa que ves la hemos elegido pensando en quién se la llevará a casa.",
        "Nos gusta atender sin prisas: si buscas algo concreto o un regalo, cuéntanos y te "
        "ayudamos a acertar.",
        "Si no tenemos lo que buscas, pregúntanos: a veces podemos pedirlo o decirte dónde "
        "encontrarlo.",
        "Lo elegimos todo pensando en {audience}.",
    ),
    offerings_headings=("En la tienda", "Lo que encontrarás", "Nuestros productos"),
    offerings_intro=(
        "Una muestra de lo que encontrarás en {name}.",
        "Esto es lo que tenemos en {name}; pregúntanos por lo que no veas.",
    ),
    offering_blurbs=(
        "Pregúntanos en la tienda por las opciones disponibles.",
        "Ven a verlo en persona.",
        "Te ayudamos a elegir.",
        "Escríbenos si quieres saber si lo tenemos.",
    ),
    process_heading="Cómo comprar",
    steps=(
        Pair("Ven o escríbenos", "Pásate por la tienda o pregúntanos por lo que buscas."),
        Pair("Te aconsejamos", "Te enseñamos opciones y te ayudamos a decidir."),
        Pair("Llévatelo", "Te lo llevas en el momento o te avisamos cuando esté listo."),
    ),
    faq=(
        Pair(
            "¿Puedo reservar un producto?",
            "Pregúntanos: según el producto, podemos apartártelo un tiempo para que pases a "
            "recogerlo.",
        ),
        Pair(
            "¿Puedo comprar sin ir a la tienda?",
            "Escríbenos con lo que buscas y te contamos qué opciones hay para hacértelo llegar.",
        ),
        Pair(
            "¿Puedo cambiar o devolver un producto?",
            "Guarda el comprobante de compra y pregúntanos: te explicamos las condiciones de "
            "cambio y devolución.",
        ),
        Pair(
            "¿Se puede envolver para regalo?",
            "Pregúntanos al pagar y te diremos qué opciones hay.",
        ),
        Pair(
            "No encuentro lo que busco. ¿Qué hago?",
            "Pregúntanos. Si no lo tenemos, te diremos si podemos conseguirlo o dónde buscarlo.",
        ),
    ),
    cta_headings=("Ven a vernos", "Pásate por la tienda"),
    cta_lines=(
        "Estamos en {location}. Pásate por {name} y descubre lo que tenemos.",
        "Si buscas algo concreto, escríbenos antes y te diremos si lo tenemos en {name}.",
    ),
    meta_descriptions=(
        "{name}, tienda en {location}: qué tenemos, dónde encontrarnos y cómo preguntarnos.",
        "{name}: una tienda donde te ayudan a elegir y a acertar. Ven a descubrirla.",
    ),
    taglines=("Pasa y mira", "Tu tienda en {location}"),
)

_LUXURY = SectorWords(
    keywords=(
        "joyería",
        "alta joyería",
        "joyero",
        "joyera",
        "joyas",
        "relojería",
        "alta relojería",
        "relojero",
        "relojes",
        "orfebre",
        "orfebrería",
        "platería",
        "alta costura",
        "marroquinería",
        "artículos de lujo",
        "casa de lujo",
        "lujo",
    ),
    label="Joyería y relojería",
    hero_headings=(
        "Piezas que se eligen con calma",
        "El valor del detalle",
        "Piezas para ver en persona",
    ),
    hero_lines=(
        "En {name} te recibimos con tiempo para que elijas sin prisas y con buen consejo.",
        "Una dirección en {location} para elegir con calma, con el consejo de quien conoce "
        "cada pieza.",
    ),
    primary_action="Pide una cita",
    about_headings=("Nuestra casa", "El arte del detalle", "Atención personal"),
    about_paragraphs=(
        "En {name} cada visita es una conversación: te escuchamos, te enseñamos las piezas con "
        "calma y respondemos a cada pregunta.",
        "Cuidamos los materiales, los acabados y cada detalle, porque una buena pieza se nota "
        "en lo que no se ve a primera vista.",
        "También te acompañamos después de la compra: pregúntanos por el cuidado, el ajuste o "
        "la revisión de tus piezas.",
        "Atendemos a {audience} con la discreción que merece cada elección.",
    ),
    offerings_headings=("Colecciones", "Nuestras piezas", "Lo que ofrecemos"),
    offerings_intro=(
        "Una selección de lo que encontrarás en {name}.",
        "Descubre las piezas de {name}; te las enseñamos con calma en persona.",
    ),
    offering_blurbs=(
        "Te lo enseñamos en persona, con calma.",
        "Pide una cita para verlo de cerca.",
        "Pregúntanos por los detalles de la pieza.",
        "Escríbenos para conocer todos los detalles.",
    ),
    process_heading="Cómo te atendemos",
    steps=(
        Pair("Pide cita", "Escríbenos o llámanos y reservamos un momento para ti."),
        Pair("Descubre", "Te enseñamos las piezas con calma y resolvemos tus dudas."),
        Pair("Elige", "Decide sin prisas; si hace falta, hablamos de ajustes o encargos."),
    ),
    faq=(
        Pair(
            "¿Hace falta pedir cita?",
            "Te recomendamos pedirla para dedicarte el tiempo que merece tu visita. Escríbenos "
            "o llámanos y buscamos un momento.",
        ),
        Pair(
            "¿Puedo encargar una pieza a medida?",
            "Cuéntanos tu idea. Te diremos si podemos hacerla, cómo sería el proceso y qué "
            "plazos manejaríamos.",
        ),
        Pair(
            "¿Se pueden ajustar o reparar mis piezas?",
            "Tráenos la pieza y la revisamos contigo. Te diremos qué se puede hacer antes de "
            "empezar cualquier trabajo.",
        ),
        Pair(
            "¿Cómo debo cuidar mi pieza?",
            "Depende del material. Pregúntanos y te daremos consejos concretos para tu pieza.",
        ),
        Pair(
            "¿Mi visita será discreta?",
            "Cuéntanos qué te preocupa y lo hablamos antes de tu visita.",
        ),
    ),
    cta_headings=("Reserva tu visita", "Te esperamos"),
    cta_lines=(
        "Pide cita en {name} y descubre nuestras piezas con calma.",
        "Estamos en {location}. Escríbenos y reservamos un momento para ti.",
    ),
    meta_descriptions=(
        "{name}, en {location}: nuestras piezas y cómo visitarnos, con cita previa.",
        "{name}: descubre nuestras piezas con calma y con el consejo de quien las conoce.",
    ),
    taglines=("El valor del detalle", "Elegir con calma"),
)

_TRADES = SectorWords(
    keywords=(
        "fontanero",
        "fontanera",
        "fontanería",
        "plomero",
        "plomera",
        "plomería",
        "electricista",
        "instalaciones eléctricas",
        "albañil",
        "albañilería",
        "carpintero",
        "carpintera",
        "carpintería",
        "cerrajero",
        "cerrajería",
        "reformas",
        "constructora",
        "multiservicios",
        "manitas",
        "reparaciones del hogar",
        "gasista",
        "pintores",
        "pintor de",
        "impermeabilización",
        "empresa de construcción",
        "construcción de viviendas",
        "instalador",
        "instaladora",
        "empresa de climatización",
        "instalación de calefacción",
        "instalación de aire acondicionado",
    ),
    label="Reformas e instalaciones",
    hero_headings=(
        "Reparaciones y reformas en {location}",
        "Reparaciones y reformas sin complicaciones",
        "Primero, el presupuesto",
    ),
    hero_lines=(
        "En {name} te damos un presupuesto claro antes de empezar y cumplimos lo que acordamos.",
        "Trabajamos en {location} con orden, limpieza y plazos claros.",
    ),
    primary_action="Pide presupuesto",
    about_headings=("Cómo trabajamos", "Paso a paso", "Nuestra forma de trabajar"),
    about_paragraphs=(
        "En {name} empezamos por ver el trabajo: escuchamos lo que necesitas, revisamos el "
        "sitio y te explicamos las opciones.",
        "Antes de empezar tendrás un presupuesto claro, con lo que incluye y lo que no. Si "
        "surge algo imprevisto, te lo consultamos antes de seguir.",
        "Cuidamos tu casa o tu local mientras trabajamos y lo dejamos todo limpio al terminar.",
        "Trabajamos para {audience}.",
    ),
    offerings_headings=("Servicios", "Trabajos que hacemos", "En qué te ayudamos"),
    offerings_intro=(
        "Estos son los trabajos que hace {name}.",
        "Si tu trabajo no aparece aquí, pregúntanos: te diremos si podemos encargarnos.",
    ),
    offering_blurbs=(
        "Pídenos presupuesto.",
        "Te explicamos las opciones antes de empezar.",
        "Cuéntanos el trabajo y te orientamos.",
        "Pregúntanos y te decimos cómo lo haríamos.",
    ),
    process_heading="Paso a paso",
    steps=(
        Pair(
            "Cuéntanos",
            "Explícanos el trabajo por teléfono o por escrito; si puedes, mándanos fotos.",
        ),
        Pair("Presupuesto", "Vemos el trabajo y te damos un presupuesto claro antes de empezar."),
        Pair("Manos a la obra", "Hacemos el trabajo en la fecha acordada y lo dejamos limpio."),
    ),
    faq=(
        Pair(
            "¿El presupuesto tiene algún coste?",
            "Pregúntanos al contactar: te lo diremos con claridad antes de la visita.",
        ),
        Pair(
            "¿Qué hago si tengo una urgencia?",
            "Llámanos y cuéntanos qué ha pasado. Te diremos si podemos ir y, mientras tanto, qué "
            "puedes hacer para evitar más daños.",
        ),
        Pair(
            "¿Cuánto durará el trabajo?",
            "Depende del trabajo. Pregúntanos al pedir presupuesto y te daremos una estimación.",
        ),
        Pair(
            "¿Qué pasa si algo falla después?",
            "Avísanos y hablamos de ello. Antes de empezar, pregúntanos qué pasa si algo falla.",
        ),
        Pair(
            "¿Hasta dónde se desplaza {name}?",
            "Cuéntanos dónde está el trabajo y te diremos si podemos ir.",
        ),
    ),
    cta_headings=("Pide tu presupuesto", "¿Hablamos de tu obra?"),
    cta_lines=(
        "Cuéntanos qué necesitas y {name} te prepara un presupuesto claro.",
        "Trabajamos en {location}. Llámanos o escríbenos y te diremos cuándo podemos ir.",
    ),
    meta_descriptions=(
        "{name}, en {location}: reparaciones, instalaciones y reformas con presupuesto claro.",
        "{name}: qué hacemos, cómo pedir presupuesto y cómo contactarnos.",
    ),
    taglines=("Pide tu presupuesto", "Cuéntanos qué necesitas"),
)

_TUTORING = SectorWords(
    keywords=(
        "academia",
        "clases particulares",
        "profesor particular",
        "profesora particular",
        "tutorías",
        "refuerzo escolar",
        "apoyo escolar",
        "escuela de idiomas",
        "escuela de música",
        "clases de música",
        "conservatorio",
        "centro de estudios",
        "centro de formación",
        "preparación de exámenes",
        "oposiciones",
        "academia de idiomas",
        "clases de idiomas",
        "cursos de idiomas",
    ),
    label="Clases y cursos",
    hero_headings=(
        "Aprende a tu ritmo",
        "Clases que se entienden",
        "Aprende con nosotros en {location}",
    ),
    hero_lines=(
        "En {name} adaptamos cada clase a tu nivel y a tus objetivos.",
        "Clases en {location} con explicaciones claras y un seguimiento cercano de tu progreso.",
    ),
    primary_action="Reserva tu plaza",
    about_headings=("Cómo enseñamos", "Nuestra forma de enseñar", "Aprender con sentido"),
    about_paragraphs=(
        "En {name} empezamos por saber de dónde partes y a dónde quieres llegar. Con eso "
        "preparamos un plan que tenga sentido para ti.",
        "Explicamos con calma, practicamos mucho y repasamos lo necesario. Preguntar nunca "
        "está de más.",
        "Te contamos cómo avanzas con regularidad, para que veas tu progreso y sepas en qué "
        "seguir trabajando.",
        "Nuestras clases están pensadas para {audience}.",
    ),
    offerings_headings=("Clases y cursos", "Qué puedes aprender", "Cómo puedes aprender"),
    offerings_intro=(
        "Estas son las clases y los cursos de {name}.",
        "Elige cómo quieres aprender en {name}. Si dudas, te ayudamos a decidir.",
    ),
    offering_blurbs=(
        "Pregúntanos qué nivel te conviene.",
        "Te ayudamos a elegir el grupo adecuado.",
        "Adaptado a tu nivel y a tus objetivos.",
        "Escríbenos y te orientamos.",
    ),
    process_heading="Cómo empezar",
    steps=(
        Pair("Escríbenos", "Cuéntanos qué quieres aprender y cuál es tu objetivo."),
        Pair("Vemos tu nivel", "Hacemos una primera toma de contacto para saber de dónde partes."),
        Pair("Empiezas", "Te proponemos el formato que mejor encaja contigo y empezamos."),
    ),
    faq=(
        Pair(
            "¿Cómo sé qué nivel tengo?",
            "Antes de empezar vemos juntos de dónde partes y te recomendamos el grupo o el tipo "
            "de clase que mejor encaja.",
        ),
        Pair(
            "¿Puedo empezar a mitad de curso?",
            "Depende del grupo. Escríbenos y te diremos qué opciones hay ahora mismo.",
        ),
        Pair(
            "¿Las clases son presenciales o en línea?",
            "Pregúntanos qué formatos hay para lo que quieres aprender y elige el que mejor te "
            "venga.",
        ),
        Pair(
            "¿Qué pasa si falto a una clase?",
            "Avísanos en cuanto lo sepas y vemos contigo cómo ponerte al día.",
        ),
        Pair(
            "¿Cómo sé si estoy avanzando?",
            "Pregúntanos cómo seguimos tu progreso y cómo ajustamos el plan si hace falta.",
        ),
    ),
    cta_headings=("¿Empezamos?", "Reserva tu plaza"),
    cta_lines=(
        "Escríbenos y te ayudamos a elegir la clase adecuada en {name}.",
        "Estamos en {location}. Cuéntanos qué quieres aprender.",
    ),
    meta_descriptions=(
        "{name}, en {location}: clases adaptadas a tu nivel, con explicaciones claras.",
        "{name}: aprende a tu ritmo, con un plan a tu medida y un seguimiento cercano.",
    ),
    taglines=("Aprende a tu ritmo", "Clases que se entienden"),
)

_HOSPITALITY = SectorWords(
    keywords=(
        "hostal",
        "hostales",
        "hotelito",
        "pensión",
        "casa rural",
        "alojamiento",
        "hospedaje",
        "posada",
        "albergue",
        "apartamentos turísticos",
        "casa de huéspedes",
        "hostería",
        "parador",
        "glamping",
        "camping",
        "cabañas",
        "bed and breakfast",
        "alojamiento rural",
        "hotel boutique",
        "boutique hotel",
        "hotel rural",
    ),
    label="Alojamiento",
    hero_headings=(
        "Tu sitio para descansar en {location}",
        "Duerme bien en {location}",
        "Te esperamos en {name}",
    ),
    hero_lines=(
        "En {name} nos ocupamos de los detalles para que tu estancia sea cómoda desde que llegas.",
        "Habitaciones cómodas en {location} y un trato cercano de la llegada a la salida.",
    ),
    primary_action="Reserva tu estancia",
    about_headings=("Tu estancia", "Cómo te recibimos", "Descansar de verdad"),
    about_paragraphs=(
        "En {name} queremos que llegues, dejes la maleta y estés a gusto desde el primer momento.",
        "Cuidamos la limpieza, el descanso y los pequeños detalles, y estamos a mano para lo "
        "que necesites durante tu estancia.",
        "Si es tu primera vez en {location}, pregúntanos: te recomendamos qué ver, dónde comer "
        "y cómo moverte.",
        "Pensamos cada estancia para {audience}.",
    ),
    offerings_headings=("Habitaciones y servicios", "Tu estancia", "Lo que te ofrecemos"),
    offerings_intro=(
        "Esto es lo que te espera en {name}.",
        "Elige cómo quieres alojarte en {name}.",
    ),
    offering_blurbs=(
        "Pregúntanos por la disponibilidad.",
        "Escríbenos para conocer todos los detalles.",
        "Consulta fechas y condiciones al reservar.",
        "Pregúntanos lo que necesites antes de reservar.",
    ),
    process_heading="Cómo reservar",
    steps=(
        Pair("Elige tus fechas", "Escríbenos o llámanos con las fechas y el número de personas."),
        Pair("Confirmamos", "Te confirmamos por escrito disponibilidad, precio y condiciones."),
        Pair("Te recibimos", "A tu llegada te explicamos todo lo que necesitas saber."),
    ),
    faq=(
        Pair(
            "¿A qué hora se puede entrar y salir?",
            "Te indicamos los horarios de entrada y salida al confirmar la reserva. Si "
            "necesitas otra hora, pregúntanos y vemos si es posible.",
        ),
        Pair(
            "¿Puedo ir con mi mascota?",
            "Pregúntanos antes de reservar y te diremos si podemos recibir a tu mascota.",
        ),
        Pair(
            "¿Cómo llego hasta {name}?",
            "Pregúntanos al reservar cómo llegar, dónde dejar el vehículo o cómo venir en "
            "transporte público.",
        ),
        Pair(
            "¿Está incluido el desayuno?",
            "Depende de la tarifa. Te lo confirmamos al reservar.",
        ),
        Pair(
            "¿Qué pasa si tengo que cancelar?",
            "Pregúntanos por las condiciones de cancelación antes de reservar y, si cambian tus "
            "planes, avísanos cuanto antes.",
        ),
    ),
    cta_headings=("Reserva tu estancia", "¿Cuándo vienes?"),
    cta_lines=(
        "Escríbenos con tus fechas y te confirmamos la disponibilidad en {name}.",
        "Te esperamos en {location}. Reserva y empieza a planear tu viaje.",
    ),
    meta_descriptions=(
        "{name}, alojamiento en {location}: habitaciones cómodas, trato cercano y buenos consejos.",
        "{name}: descansa en {location} con un trato cercano de la llegada a la salida.",
    ),
    taglines=("Descansa en {location}", "Tu sitio en {location}"),
)

_NONPROFIT = SectorWords(
    keywords=(
        "fundación",
        "asociación",
        "una ong",
        "la ong",
        "ongd",
        "sin ánimo de lucro",
        "sin fines de lucro",
        "benéfica",
        "benéfico",
        "solidaria",
        "solidario",
        "voluntariado",
        "voluntarios",
        "banco de alimentos",
        "protectora de animales",
        "refugio de animales",
        "ayuda humanitaria",
        "cooperación internacional",
        "organización social",
        "entidad social",
        "acción social",
    ),
    label="ONG",
    hero_headings=(
        "Súmate a {name}",
        "Cada ayuda cuenta",
        "Tu apoyo hace posible nuestro trabajo",
    ),
    hero_lines=(
        "Con tu ayuda, {name} puede seguir adelante con su labor.",
        "Descubre lo que hacemos en {location} y cómo puedes formar parte.",
    ),
    primary_action="Colabora",
    about_headings=("Lo que hacemos", "Nuestra labor", "Cómo trabajamos"),
    about_paragraphs=(
        "{name} existe para cambiar las cosas allí donde hace falta, con el apoyo de personas "
        "que deciden implicarse.",
        "Cada donación, cada hora de voluntariado y cada mensaje compartido nos ayudan a "
        "seguir. Te contamos en qué se usa tu apoyo.",
        "Si quieres saber cómo trabajamos o a dónde va tu aportación, pregúntanos: te lo "
        "explicamos con claridad.",
    ),
    offerings_headings=("Nuestros proyectos", "Lo que hacemos", "Nuestros programas"),
    offerings_intro=(
        "Estos son los proyectos en los que trabaja {name}.",
        "Así trabaja {name}: cada proyecto sale adelante gracias a personas como tú.",
    ),
    offering_blurbs=(
        "Pregúntanos cómo puedes apoyar este proyecto.",
        "Escríbenos para saber más.",
        "Puedes colaborar con tu tiempo o con una donación.",
        "Cuéntanos si quieres participar.",
    ),
    process_heading="Cómo colaborar",
    steps=(
        Pair("Conócenos", "Descubre lo que hacemos y a quién ayudamos."),
        Pair("Elige cómo ayudar", "Con una donación, con tu tiempo o compartiendo nuestra causa."),
        Pair("Súmate", "Escríbenos y te contamos los siguientes pasos."),
    ),
    faq=(
        Pair(
            "¿En qué se usa mi donación?",
            "Se destina a sostener nuestros proyectos y el trabajo que los hace posibles. Si "
            "quieres conocer el detalle, escríbenos y te lo explicamos.",
        ),
        Pair(
            "¿Puedo hacer voluntariado?",
            "Escríbenos contándonos cuánto tiempo tienes y qué te gustaría hacer, y te diremos "
            "qué opciones hay ahora mismo.",
        ),
        Pair(
            "¿Mi donación tiene ventajas fiscales?",
            "Depende de dónde vivas y de tu situación. Escríbenos y te explicamos qué "
            "documentación podemos darte.",
        ),
        Pair(
            "¿Puede colaborar mi empresa?",
            "Escríbenos y cuéntanos qué te gustaría hacer; te propondremos formas de colaborar "
            "que encajen con tu empresa.",
        ),
    ),
    cta_headings=("Súmate", "Colabora con nosotros"),
    cta_lines=(
        "Con tu apoyo, {name} puede llegar más lejos. Descubre cómo ayudar.",
        "Escríbenos y te contamos cómo puedes formar parte de {name}.",
    ),
    meta_descriptions=(
        "{name}: conoce nuestro trabajo en {location} y cómo ayudar con una donación o tu tiempo.",
        "{name}: conoce nuestros proyectos y súmate con una donación o con tu tiempo.",
    ),
    taglines=("Cada ayuda cuenta", "Juntos, más lejos"),
)

_GENERIC = SectorWords(
    keywords=("empresa", "negocio", "servicios profesionales", "pyme"),
    label="Empresa",
    hero_headings=(
        "Te damos la bienvenida a {name}",
        "Lo que necesitas, en {location}",
        "Cuéntanos qué buscas",
    ),
    hero_lines=(
        "Descubre lo que hacemos y cómo ponerte en contacto.",
        "Estamos en {location} para ayudarte con lo que necesitas.",
    ),
    primary_action="Contáctanos",
    about_headings=("Quiénes somos", "Cómo trabajamos", "Nuestra forma de trabajar"),
    about_paragraphs=(
        "¿Quieres saber más sobre nosotros? Pregúntanos y te respondemos.",
        "Empezamos por escucharte: qué necesitas, para cuándo y qué es importante para ti. Con "
        "eso te proponemos cómo seguir.",
        "Si tienes una duda, pregúntanos. Preferimos explicarlo bien antes que dar nada por "
        "sabido.",
        "Trabajamos para {audience}.",
    ),
    offerings_headings=("Lo que hacemos", "Servicios", "Cómo podemos ayudarte"),
    offerings_intro=(
        "Esto es lo que ofrece {name}.",
        "Lo que hacemos en {name}; si buscas otra cosa, pregúntanos.",
    ),
    offering_blurbs=(
        "Pregúntanos por los detalles.",
        "Cuéntanos qué necesitas y te orientamos.",
        "Pregúntanos y te lo explicamos.",
        "Escríbenos y lo hablamos.",
    ),
    process_heading="Cómo trabajamos",
    steps=(
        Pair("Cuéntanos", "Escríbenos o llámanos y explícanos lo que necesitas."),
        Pair("Te proponemos", "Te explicamos las opciones y lo que implica cada una."),
        Pair("Siguientes pasos", "Acordamos contigo los siguientes pasos."),
    ),
    faq=(
        Pair(
            "¿Cómo empiezo?",
            "Escríbenos o llámanos y cuéntanos qué necesitas. Te responderemos con los "
            "siguientes pasos.",
        ),
        Pair(
            "¿Cuánto cuesta?",
            "Depende de lo que te interese. Pregúntanos y te damos el precio.",
        ),
        Pair(
            "¿Puedo contar con {name} si no estoy en {location}?",
            "Escríbenos y cuéntanos dónde estás; te diremos si podemos ayudarte.",
        ),
        Pair(
            "¿Y si me surgen dudas más adelante?",
            "Pregúntanos cuando quieras.",
        ),
    ),
    cta_headings=("¿Hablamos?", "Cuéntanos qué necesitas"),
    cta_lines=(
        "Escríbenos y te diremos cómo puede ayudarte {name}.",
        "Estamos en {location}. Ponte en contacto y lo hablamos.",
    ),
    meta_descriptions=(
        "{name}, en {location}: qué hacemos y cómo ponerte en contacto.",
        "{name}: qué hacemos, cómo trabajamos y cómo contactarnos.",
    ),
    taglines=("Hablemos cuando quieras", "Hablemos"),
)

# --- pages -------------------------------------------------------------------------------------

# The engine takes the first purpose whose keyword a title holds, in this order: the narrow
# purposes come first, so "Trabaja con nosotros" is careers before "nosotros" makes it about.
_PAGES: dict[str, PageWords] = {
    "careers": PageWords(
        keywords=(
            "empleo",
            "empleos",
            "trabaja-con-nosotros",
            "trabaja-con-nosotras",
            "trabaja-en",
            "unete-al-equipo",
            "unete-a-nuestro-equipo",
            "ofertas-de-empleo",
            "ofertas-de-trabajo",
            "bolsa-de-trabajo",
            "bolsa-de-empleo",
            "vacantes",
        ),
        headings=("Únete a {name}", "Tu sitio en {name}", "Forma parte de {name}"),
        intros=(
            "Si te gustaría formar parte de {name}, aquí te contamos cómo.",
            "Nos gusta conocer a personas con ganas de aprender y de hacer bien su trabajo.",
        ),
        descriptions=(
            "Trabaja en {name}, en {location}: cómo enviarnos tu candidatura y qué valoramos en "
            "quienes se suman al equipo.",
            "Empleo en {name}: cómo enviarnos tu candidatura y qué valoramos en quienes se "
            "suman al equipo.",
        ),
        body=(
            "Si te gustaría trabajar en {name}, escríbenos a {email} con unas líneas sobre ti y "
            "tu currículum.",
            "Aunque ahora no veas una oferta que encaje contigo, puedes escribirnos igualmente "
            "y contarnos qué te gustaría hacer.",
            "Cuéntanos qué te motiva y qué te gustaría aportar: nos ayuda a conocerte mejor.",
        ),
    ),
    "volunteer": PageWords(
        keywords=(
            "voluntariado",
            "voluntarios",
            "voluntarias",
            "voluntario",
            "voluntaria",
            "hazte-voluntario",
            "hazte-voluntaria",
            "unete",
            "sumate",
            "participa",
            "involucrate",
        ),
        headings=("Colabora con tu tiempo", "Echa una mano", "Súmate a {name}"),
        intros=(
            "Si quieres dedicar parte de tu tiempo a {name}, aquí te contamos cómo empezar.",
            "Tu tiempo también ayuda. Te contamos cómo sumarte.",
        ),
        descriptions=(
            "Voluntariado en {name}, en {location}: cómo colaborar con tu tiempo y cuáles son "
            "los siguientes pasos.",
            "Colabora con {name} dedicando parte de tu tiempo: te contamos cómo empezar y qué "
            "puedes esperar.",
        ),
        body=(
            "Cuéntanos qué se te da bien y cuánto tiempo puedes dedicar, y te diremos dónde "
            "podrías echar una mano.",
            "Escríbenos a {email} y te contamos los siguientes pasos.",
            "Si prefieres hablarlo por teléfono, llámanos al {phone}.",
            "Tanto si puedes ayudar de forma puntual como con regularidad, tu tiempo cuenta.",
        ),
    ),
    "donate": PageWords(
        keywords=(
            "dona",
            "donar",
            "donaciones",
            "donacion",
            "donativos",
            "donativo",
            "haz-un-donativo",
            "haz-una-donacion",
            "colabora",
            "apoyanos",
            "ayudanos",
            "como-ayudar",
            "ayudar",
            "hazte-socio",
            "hazte-socia",
            "apadrina",
        ),
        headings=("Haz una donación", "Apoya a {name}", "Tu ayuda cuenta"),
        intros=(
            "Tu aportación permite que {name} siga adelante con su trabajo.",
            "Cada donación, grande o pequeña, suma.",
        ),
        descriptions=(
            "Dona a {name} y apoya nuestro trabajo en {location}: cómo colaborar y a qué se "
            "destina tu ayuda.",
            "Apoya a {name} con una donación. Te explicamos cómo hacerlo y a qué se destina tu "
            "aportación.",
        ),
        body=(
            "Para hacer una donación, escríbenos a {email} y te explicaremos las formas de "
            "hacerlo.",
            "Para cualquier duda sobre tu donación, llámanos al {phone}.",
            "Tu donación se destina a sostener nuestros proyectos. Si quieres saber en detalle "
            "cómo se usa, pregúntanos y te lo contaremos.",
            "Compartir nuestro trabajo con otras personas también es una forma de ayudar.",
        ),
    ),
    "journal": PageWords(
        keywords=(
            "blog",
            "noticias",
            "novedades",
            "actualidad",
            "articulos",
            "prensa",
            "revista",
            "publicaciones",
        ),
        headings=("Novedades de {name}", "Lo último de {name}", "Lo que contamos"),
        intros=(
            "Noticias, ideas y novedades de {name}.",
            "Lo que queremos contarte desde {name}.",
        ),
        descriptions=(
            "Blog de {name}: noticias, consejos y novedades desde {location}.",
            "Novedades de {name}: lo que hacemos, lo que aprendemos y lo que queremos contarte.",
        ),
        body=(
            "Aquí publicamos novedades, consejos y lo que vamos aprendiendo en nuestro trabajo.",
            "Si hay un tema sobre el que te gustaría leer, escríbenos a {email}.",
        ),
    ),
    "docs": PageWords(
        keywords=(
            "documentacion",
            "docs",
            "guias",
            "guia",
            "tutoriales",
            "desarrolladores",
            "manuales",
            "manual-de-uso",
            "primeros-pasos",
            "referencia-de-la-api",
        ),
        headings=("Guías y referencia", "Empieza a usar {name}", "Todo para usar {name}"),
        intros=(
            "Lo necesario para instalar, configurar y usar {name}.",
            "Guías paso a paso y referencia para trabajar con {name}.",
        ),
        descriptions=(
            "Documentación de {name}: guías para empezar, configuración y referencia para "
            "sacarle partido.",
            "Cómo instalar, configurar y usar {name}, explicado paso a paso.",
        ),
        body=(
            "Empieza por lo básico: instalar, configurar y dar tus primeros pasos. Después "
            "podrás profundizar en cada función.",
            "¿Algo no está claro o falta información? Escríbenos a {email} y lo revisamos.",
            "Si encuentras un error, cuéntanos qué hiciste, qué esperabas y qué pasó: así "
            "podremos resolverlo antes.",
        ),
    ),
    "faq": PageWords(
        keywords=(
            "preguntas-frecuentes",
            "preguntas",
            "preguntas-y-respuestas",
            "faq",
            "faqs",
            "dudas",
            "ayuda",
        ),
        headings=("Preguntas frecuentes", "Resolvemos tus dudas", "{page}"),
        intros=(
            "Las dudas más habituales, respondidas. Si no encuentras la tuya, escríbenos.",
            "Aquí respondemos a las preguntas que más nos hacen. ¿Te queda alguna? Pregúntanos.",
        ),
        descriptions=(
            "Preguntas frecuentes sobre {name}: respuestas claras a las dudas más habituales.",
            "Resuelve tus dudas sobre {name} en {location}: cómo funciona, cómo contactar y "
            "qué esperar.",
        ),
    ),
    "reviews": PageWords(
        keywords=(
            "opiniones",
            "resenas",
            "testimonios",
            "lo-que-dicen",
            "valoraciones",
            "comentarios",
            "clientes",
        ),
        headings=("Opiniones", "Tu opinión", "{page}"),
        intros=(
            "¿Ya nos conoces? Cuéntanos qué te pareció.",
            "Si ya nos conoces, cuéntanos qué te pareció: tu opinión nos ayuda a mejorar.",
        ),
        descriptions=(
            "Opiniones sobre {name} en {location}: cuéntanos qué te pareció y cómo contactarnos.",
            "{name}: tu opinión nos interesa. Cuéntanos qué tal te fue y cómo podemos ayudarte.",
        ),
    ),
    "team": PageWords(
        keywords=(
            "equipo",
            "nuestro-equipo",
            "el-equipo",
            "socios",
            "entrenadores",
            "profesores",
            "profesorado",
            "abogados",
            "doctores",
            "especialistas",
            "nuestros-profesionales",
        ),
        headings=("Nuestro equipo", "{page}", "Las personas de {name}"),
        intros=(
            "Quiénes somos y cómo trabajamos en {name}.",
            "Las personas detrás de {name} y su forma de trabajar.",
        ),
        descriptions=(
            "Conócenos en {location}: quiénes somos y cómo contactarnos.",
            "Conoce al equipo de {name}: quiénes somos y cómo trabajamos.",
        ),
    ),
    "gallery": PageWords(
        keywords=(
            "galeria",
            "fotos",
            "fotografias",
            "imagenes",
            "portafolio",
            "portfolio",
            "trabajos",
            "nuestro-trabajo",
            "proyectos",
        ),
        headings=("Galería", "{page}", "Ilustraciones"),
        intros=(
            "Ilustraciones con el espíritu de {name}.",
            "Unas ilustraciones para ambientar.",
        ),
        descriptions=(
            "{page} de {name} en {location}: ilustraciones para ambientar y cómo escribirnos "
            "para saber más.",
            "{page}: ilustraciones con el espíritu de {name} y cómo contactarnos para "
            "preguntarnos lo que quieras.",
        ),
    ),
    "contact": PageWords(
        keywords=(
            "contacto",
            "contactanos",
            "contactenos",
            "contacta",
            "contactar",
            "escribenos",
            "llamanos",
            "hablemos",
            "encuentranos",
            "donde-estamos",
            "visitanos",
            "ven-a-vernos",
            "horario",
            "horarios",
        ),
        headings=("Hablemos", "Ponte en contacto", "{page}"),
        intros=(
            "Escríbenos o llámanos y te responderemos lo antes posible.",
            "¿Tienes una pregunta? Aquí tienes las formas de contactar con {name}.",
        ),
        descriptions=(
            "Cómo contactar con {name} en {location}: escríbenos o llámanos y resolvemos tus "
            "dudas.",
            "Contacta con {name}: aquí tienes las formas de hablar con nosotros y resolver tus "
            "dudas.",
        ),
    ),
    "booking": PageWords(
        keywords=(
            "reservas",
            "reserva",
            "reservar",
            "citas",
            "pide-cita",
            "pedir-cita",
            "cita-previa",
            "pide-tu-cita",
            "turnos",
        ),
        headings=("Haz tu reserva", "Reserva con {name}", "Elige tu momento"),
        intros=(
            "Reservar es sencillo: dinos qué necesitas y cuándo, y te lo confirmamos.",
            "Elige el momento que te venga bien y nosotros nos ocupamos del resto.",
        ),
        descriptions=(
            "Reserva en {name}, en {location}: dinos qué necesitas y cuándo, y te confirmamos "
            "la disponibilidad.",
            "Reserva con {name}: dinos qué necesitas y cuándo, y te confirmamos la disponibilidad.",
        ),
        body=(
            "Llámanos al {phone} y buscamos juntos la mejor opción.",
            "Por correo, escríbenos a {email} con el día y la hora que te vengan bien y te "
            "confirmaremos la reserva.",
            "Dinos también cualquier detalle que debamos tener en cuenta.",
            "Si cambian tus planes, avísanos cuanto antes.",
        ),
    ),
    "events": PageWords(
        keywords=(
            "eventos",
            "evento",
            "agenda",
            "talleres",
            "taller",
            "actividades",
            "programacion",
            "proximos-eventos",
            "calendario",
        ),
        headings=("Agenda de {name}", "Lo que organizamos", "Nos vemos pronto"),
        intros=(
            "Lo que organizamos en {name} y cómo participar.",
            "Encuentros y actividades de {name}: te contamos cómo sumarte.",
        ),
        descriptions=(
            "Eventos de {name} en {location}: descubre lo que organizamos y cómo participar.",
            "Agenda de {name}: actividades, encuentros y cómo reservar tu plaza.",
        ),
        body=(
            "Aquí anunciamos nuestras actividades. Si quieres enterarte de las fechas, "
            "escríbenos a {email}.",
            "Para reservar plaza o preguntar por un evento, llámanos al {phone}.",
            "¿Quieres organizar un evento con nosotros? Cuéntanos tu idea y vemos cómo hacerlo.",
        ),
    ),
    "location": PageWords(
        keywords=(
            "como-llegar",
            "ubicacion",
            "localizacion",
            "el-barrio",
            "barrio",
            "la-zona",
            "entorno",
            "alrededores",
            "mapa",
            "que-ver",
        ),
        headings=("Cómo encontrarnos", "Te esperamos en {location}", "Cómo llegar hasta aquí"),
        intros=(
            "Cómo llegar a {name} y qué hay cerca.",
            "Te esperamos en {location}.",
        ),
        descriptions=(
            "Cómo llegar a {name} en {location}: dónde estamos y qué hay por la zona.",
            "Cómo llegar a {name}: dónde estamos y qué encontrarás cerca.",
        ),
        body=(
            "Nos encontrarás en {location}.",
            "Si vienes por primera vez, pregúntanos sin problema cómo llegar.",
            "Para cualquier duda, llámanos al {phone}.",
        ),
    ),
    "features": PageWords(
        keywords=(
            "funciones",
            "funcionalidades",
            "caracteristicas",
            "como-funciona",
            "el-producto",
            "ventajas",
            "por-que",
            "integraciones",
            "recorrido",
        ),
        headings=("Cómo funciona", "{page}", "Lo que puedes hacer con {name}"),
        intros=(
            "Lo que necesitas saber para empezar con {name}.",
            "Así funciona {name}, paso a paso.",
        ),
        descriptions=(
            "Descubre cómo funciona {name}: qué puedes hacer, cómo empezar y qué necesitas "
            "para sacarle partido.",
            "{page} de {name}: lo que puedes hacer y cómo empezar, explicado con claridad.",
        ),
    ),
    "offerings": PageWords(
        keywords=(
            "carta",
            "cartas",
            "menu",
            "menus",
            "servicios",
            "servicio",
            "tratamientos",
            "terapias",
            "productos",
            "sabores",
            "habitaciones",
            "habitacion",
            "suites",
            "cursos",
            "clases",
            "colecciones",
            "coleccion",
            "catalogo",
            "especialidades",
            "que-hacemos",
            "lo-que-hacemos",
            "que-ofrecemos",
            "areas-de-practica",
            "areas",
            "programas",
            "platos",
            "tienda",
            "oferta",
            "bebidas",
            "helados",
            "piezas",
        ),
        headings=("{page}", "Lo que ofrecemos", "{page} de {name}"),
        intros=(
            "Esto es lo que encontrarás en {name}. Si tienes dudas sobre algo, pregúntanos.",
            "Una muestra de lo que hacemos en {name}; cuéntanos qué necesitas y te orientamos.",
        ),
        descriptions=(
            "{page} de {name} en {location}: descubre lo que ofrecemos y pregúntanos lo que "
            "necesites.",
            "{page} de {name}: descubre lo que ofrecemos y pregúntanos cualquier duda.",
        ),
    ),
    "pricing": PageWords(
        keywords=(
            "precios",
            "precio",
            "tarifas",
            "tarifa",
            "planes",
            "honorarios",
            "cuotas",
            "membresias",
            "membresia",
            "suscripcion",
            "suscripciones",
            "bonos",
        ),
        headings=("{page}", "Precios", "Lo que cuesta"),
        intros=(
            "Pregúntanos lo que cuesta cada cosa antes de decidir.",
            "Si no sabes qué opción te conviene, pregúntanos y te ayudamos a elegir.",
        ),
        descriptions=(
            "Precios de {name} en {location}: consulta las opciones y pregúntanos cuál encaja "
            "mejor contigo.",
            "Precios de {name}: pregúntanos por las opciones y lo que incluye cada una.",
        ),
    ),
    "about": PageWords(
        keywords=(
            "sobre-nosotros",
            "sobre-nosotras",
            "nosotros",
            "quienes-somos",
            "conocenos",
            "conocernos",
            "historia",
            "nuestra-historia",
            "filosofia",
            "mision",
            "acerca-de",
            "enfoque",
            "valores",
            "somos",
            "el-estudio",
            "la-casa",
            "el-despacho",
            "la-clinica",
        ),
        headings=("Sobre {name}", "Quiénes somos", "{page}"),
        intros=(
            "Te contamos quiénes somos y cómo trabajamos en {name}.",
            "Lo que hacemos, cómo lo hacemos y por qué.",
        ),
        descriptions=(
            "Conoce {name}: quiénes somos, cómo trabajamos y qué puedes esperar de nosotros en "
            "{location}.",
            "Conoce {name}: quiénes somos, cómo trabajamos y qué puedes esperar de nosotros.",
        ),
    ),
}

# --- tones -------------------------------------------------------------------------------------

_TONES: dict[str, ToneWords] = {
    "warm": ToneWords(
        cta_lines=(
            "Nos encantará recibirte en {name}.",
            "Escríbenos cuando quieras: nos hará ilusión saber de ti.",
        ),
        contact_intros=(
            "Escríbenos o llámanos: nos encantará saber de ti.",
            "Cuéntanos qué necesitas y lo hablamos con calma.",
        ),
    ),
    "professional": ToneWords(
        cta_lines=(
            "Contacta con {name} y te responderemos con una propuesta clara.",
            "Cuéntanos lo que necesitas y te explicaremos cada paso.",
        ),
        contact_intros=(
            "Para cualquier consulta, contacta con {name} por el medio que prefieras.",
            "Te atenderemos con gusto y te responderemos con la mayor brevedad posible.",
        ),
    ),
    "playful": ToneWords(
        cta_lines=(
            "Venga, anímate: en {name} te esperamos.",
            "¿Dudas? Ninguna. ¿Ganas? Todas. Escríbenos y empezamos.",
        ),
        contact_intros=(
            "¿Dudas, ideas o ganas de charlar? Escríbenos, que no mordemos.",
            "Mándanos un mensaje: en {name} nos encanta charlar.",
        ),
    ),
    "bold": ToneWords(
        cta_lines=(
            "Da el paso con {name}.",
            "Deja de darle vueltas. Escríbenos y empezamos.",
        ),
        contact_intros=(
            "Sin rodeos: cuéntanos qué necesitas y nos ponemos manos a la obra.",
            "Un mensaje o una llamada. Es todo lo que hace falta para empezar con {name}.",
        ),
    ),
    "calm": ToneWords(
        cta_lines=(
            "Tómate tu tiempo. Cuando quieras, en {name} te esperamos.",
            "Sin prisas: escríbenos cuando lo tengas claro.",
        ),
        contact_intros=(
            "Escríbenos cuando te venga bien; te responderemos con calma y atención.",
            "Estamos aquí para lo que necesites, sin prisas.",
        ),
    ),
    "luxurious": ToneWords(
        cta_lines=(
            "Descubre {name} con la atención que mereces.",
            "Reserva un momento para ti en {name}.",
        ),
        contact_intros=(
            "Te atenderemos personalmente, con la discreción y el tiempo que cada encuentro "
            "merece.",
            "Escríbenos y en {name} prepararemos cada detalle contigo.",
        ),
    ),
    "technical": ToneWords(
        cta_lines=(
            "Cuéntanos tu caso con detalle y te daremos una respuesta precisa.",
            "Empieza con {name} y compruébalo con tus propios datos.",
        ),
        contact_intros=(
            "Cuéntanos tu caso con el máximo detalle posible: así podremos darte una respuesta "
            "precisa.",
            "Para consultas técnicas, escríbenos e incluye toda la información relevante.",
        ),
    ),
    "friendly": ToneWords(
        cta_lines=(
            "¿Te animas? Escríbenos y lo hablamos.",
            "En {name} te esperamos con los brazos abiertos.",
        ),
        contact_intros=(
            "¿Tienes alguna pregunta? Escríbenos o llámanos y te ayudamos.",
            "Estamos aquí para ayudarte. Cuéntanos qué necesitas.",
        ),
    ),
}

# --- interface ---------------------------------------------------------------------------------

_INTERFACE = Interface(
    home="Inicio",
    headings={
        "hero": ("{name}", "Te damos la bienvenida"),
        "about": ("Así somos", "Conócenos"),
        "services": ("Lo que ofrecemos", "Lo que hacemos"),
        "features": ("Qué puedes hacer", "Cómo funciona"),
        "testimonials": ("Lo que dicen de nosotros", "En sus propias palabras"),
        "faq": ("Preguntas frecuentes", "Resolvemos tus dudas"),
        "pricing": ("Precios", "Lo que cuesta"),
        "team": ("Nuestro equipo", "Las personas de {name}"),
        "stats": ("En cifras", "{name} en cifras"),
        "gallery": ("Galería", "Ilustraciones"),
        "contact": ("Hablemos", "Escríbenos"),
        "cta": ("¿Hablamos?", "Da el primer paso"),
        "text": ("Más sobre {name}", "Lo que debes saber"),
    },
    eyebrows={
        "hero": "Bienvenida",
        "about": "Nosotros",
        "services": "Descubre",
        "features": "En detalle",
        "testimonials": "Opiniones",
        "faq": "Preguntas",
        "pricing": "Tarifas",
        "team": "Equipo",
        "stats": "Datos",
        "gallery": "Galería",
        "contact": "Contacto",
        "cta": "Siguiente paso",
        "text": "Información",
    },
    contact_headings=("Hablemos", "Ponte en contacto"),
    contact_intros=(
        "Escríbenos o llámanos y te responderemos lo antes posible.",
        "¿Tienes una pregunta? En {name} te ayudamos.",
    ),
    address="Dirección",
    phone="Teléfono",
    email="Correo electrónico",
    hours="Horario",
    call_action="Llámanos",
    write_action="Escríbenos",
    founded="En marcha desde {year}.",
    credentials_heading="Acreditaciones",
    team_heading="Nuestro equipo",
    reviews_heading="Lo que dicen de nosotros",
    figures_heading="En cifras",
    prices_heading="Precios",
    faq_where="¿Dónde estamos?",
    faq_when="¿Cuál es el horario?",
    faq_reach="¿Cómo puedo contactar?",
    reach_answer="Llámanos al {phone} o escríbenos a {email}.",
    reach_phone_only="Llámanos al {phone}.",
    reach_email_only="Escríbenos a {email}.",
    placeholder_note="Texto provisional: sustitúyelo antes de publicar",
    placeholder_quote="Las palabras de un cliente, citadas con su permiso.",
    placeholder_attribution="Nombre del cliente",
    placeholder_person="Nombre",
    placeholder_role="Cargo",
    placeholder_bio="Una o dos frases sobre esta persona.",
    placeholder_figure="—",
    placeholder_figure_label="Qué mide esta cifra",
    placeholder_price="Precio",
    list_separator=", ",
    list_last=" y ",
    lowercase_inserted=True,
)

BOOK = Phrasebook(
    code="es",
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
