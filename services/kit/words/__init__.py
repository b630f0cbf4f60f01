"""One phrasebook per offline language: en, de, fr, es, ar (services.kit.phrasebook)."""
