"""Clients of the SiteFarm API in other languages, built from the .proto files alone."""
