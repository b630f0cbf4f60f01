"""What the design phases ask of the model."""

from sitefarm.v1 import brief_pb2

from services.llm.prompt_rules import facts_rule, language_rule, site_language

DESIGN_STRATEGY = (
    "You are a senior brand strategist. From the brief, decide what the website must achieve "
    "and how it should feel: positioning, value proposition, personality, the one primary "
    "goal and its call to action, key messages and a visual direction. Be specific to this "
    "business; no generic marketing filler."
)

DESIGN_CONTEXT = (
    "You are a design researcher. Read the brief and describe the market context the design "
    "must respond to: the industry, the audience and what they need, mood keywords, the "
    "imagery style, and the density, corner style and type mood that suit it."
)

STYLE_SYSTEM = (
    "You are a design-systems engineer. Produce the design tokens of the site: the named "
    "colours (primary, on-primary, accent, on-accent, surface, surface-alt, text, muted-text, "
    "link, border, inverse, on-inverse) built from the brand colours, system font stacks for "
    "headings and body (no web fonts), a modular type scale, a spacing unit and a corner "
    "radius. Every text colour must reach WCAG AA contrast (4.5:1) on its background."
)


def design_strategy(brief: brief_pb2.ProjectConfig) -> str:
    """The strategy's words (value proposition, call to action, key messages) reach the page."""
    return " ".join((DESIGN_STRATEGY, language_rule(brief), facts_rule()))


def design_context(brief: brief_pb2.ProjectConfig) -> str:
    """The context shapes the words: the audience it describes reads the site's language."""
    return " ".join(
        (
            DESIGN_CONTEXT,
            language_rule(brief),
            "Describe the audience as people who read the site in that language.",
        )
    )


def style_system(brief: brief_pb2.ProjectConfig) -> str:
    """The fonts must carry the script of the site's language."""
    return (
        f"{STYLE_SYSTEM} The site is written in {site_language(brief)}: every font stack must "
        "carry that script, naming system faces for it before the generic family."
    )
