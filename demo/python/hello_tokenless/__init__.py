"""Greetings and farewells."""

from hello_tokenless.farewell import farewell
from hello_tokenless.greet import greet

__all__ = ["farewell", "greet"]
