op.create_table(
    "tag",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
    sa.UniqueConstraint("name", name="uq_tag_name"),
    sa.Index("ix_tag_lower_name", sa.text("lower(name)"), unique=True),
)
