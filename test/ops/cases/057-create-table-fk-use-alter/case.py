op.create_table(
    "a",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("b_id", sa.Integer(), sa.ForeignKey("b.id", use_alter=True, name="fk_a_b")),
)
