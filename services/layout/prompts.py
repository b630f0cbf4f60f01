"""What the layout phase asks of the model."""

from sitefarm.v1 import brief_pb2

from services.llm.prompt_rules import site_language

LAYOUT = (
    "You are a web layout designer. Choose the header style, the content width and, for every "
    "section of the section plan, the arrangement (variant) and the number of columns, so the "
    "pages have rhythm and variety while staying easy to scan. One entry per section id."
)


def layout(brief: brief_pb2.ProjectConfig) -> str:
    """Headings and labels in the site's language decide how much room they need."""
    return (
        f"{LAYOUT} The site is written in {site_language(brief)}; leave its headings and "
        "navigation labels the room that language needs."
    )
