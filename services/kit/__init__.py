"""The offline designer's shared knowledge, by topic, importing no service and no runtime.

languages, phrasebook, words/   which languages it writes, and what a site says in each
claims                          praise and promises a phrasebook never makes (the brief may)
sectors, design_families        which kind of business a brief is, and how that kind looks
tones                           what the brief's tone decides about the look
brief_text, brief_profile       a brief's own prose read into phrases, and its profile
brief_words                     one brief's words in its language: slots, offerings
palette, slugs                  colour maths with WCAG contrast; safe slugs in any script
seo                             schema.org types and search title and description limits
drawing, placeholder            the seeded SVG canvas, and the placeholder image drawn on it
"""
