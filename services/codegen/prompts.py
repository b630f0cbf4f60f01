"""What the code generation phases ask of the model."""

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
