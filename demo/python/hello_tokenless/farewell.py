def farewell(name: str = "") -> str:
    """'Goodbye, Ada.': the same rules for the name as greet()."""
    who = str(name).strip() or "world"
    return f"Goodbye, {who}."
