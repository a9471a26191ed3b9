"""Stand-in programs the tests start in place of real ones (Java, LanguageTool)."""
