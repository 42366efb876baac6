"""Bedside speaking the hospital's formats: FHIR R4 (export and import) and laboratory result files.

What is mapped, and where each code comes from, is written down in docs/interoperability.md.
"""
