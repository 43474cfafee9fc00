"""Reading and checking the files in seeds/. Pure Python: files in, validated dataclasses out."""
