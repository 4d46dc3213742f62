def greet(name: str = "") -> str:
    """'Hello, Ada!': the name is trimmed; an empty name greets the world."""
    who = str(name).strip() or "world"
    return f"Hello, {who}!"
