"""Tests of the API definition itself: buf lint and the breaking-change check."""
