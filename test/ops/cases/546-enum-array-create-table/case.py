op.create_table(
    "t",
    sa.Column("colors", postgresql.ARRAY(sa.Enum("r", "g", name="color"))),
)
