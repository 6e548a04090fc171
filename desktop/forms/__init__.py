"""Official forms of Kense as PDF bytes (reportlab), in Kazakh and Russian."""
