op.create_table(
    "tag",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    sa.Index("ix_tag_name_lower", sa.func.lower(sa.column("name"))),
)
