op.create_table(
    "t",
    sa.Column("id", sa.Integer(), sa.Identity(nominvalue=True, nomaxvalue=True), primary_key=True),
)
