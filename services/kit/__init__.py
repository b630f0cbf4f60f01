"""The offline designer's shared knowledge: languages, and what a site says in each of them."""
