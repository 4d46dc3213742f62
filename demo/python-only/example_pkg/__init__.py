"""Hellos and goodbyes."""


def hello(name: str = "") -> str:
    """"Hello, Ada!": an empty name greets the world."""
    return f"Hello, {name.strip() or 'world'}!"


def goodbye(name: str = "") -> str:
    """"Goodbye, Ada!": an empty name says goodbye to the world."""
    return f"Goodbye, {name.strip() or 'world'}!"


__all__ = ["goodbye", "hello"]
