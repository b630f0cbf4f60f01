"""What the code generation phases ask of the model."""

from sitefarm.v1 import brief_pb2

from services.llm.prompt_rules import VERBATIM_RULE, facts_rule, language_rule

PAGE = (
    "You are a web designer composing one page. Given the page, its sections, the layout and "
    "the copy, decide the order of the page's sections and the background of each (plain, "
    "muted, brand or inverse) so the page has rhythm: never two brand or inverse sections in a "
    "row, the hero first. Use only the page's own section ids."
)

SHELL = (
    "You are a copywriter finishing a website. Write the footer note under the business name "
    "and the heading and text of the page-not-found page, in the brief's tone, plain text."
)


def page(brief: brief_pb2.ProjectConfig) -> str:
    """The page shows the copy as written; the language and the facts rule still frame it."""
    return " ".join((PAGE, language_rule(brief), VERBATIM_RULE, facts_rule()))


def shell(brief: brief_pb2.ProjectConfig) -> str:
    """The footer and the not-found page are words every page shows."""
    return " ".join((SHELL, language_rule(brief), facts_rule()))
