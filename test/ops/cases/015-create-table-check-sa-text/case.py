op.create_table(
    "product",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("qty", sa.Integer()),
    sa.CheckConstraint(sa.text("qty >= 0"), name="ck_qty"),
)
