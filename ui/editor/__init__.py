"""The post editor: plain text, findings as extra selections, hover and context-menu fixes."""
