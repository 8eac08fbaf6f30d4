meta = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
account = sa.Table(
    "account",
    meta,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("email", sa.String(200), unique=True),
    sa.Column("age", sa.Integer()),
    sa.Column("name", sa.String(50), index=True),
    sa.CheckConstraint("age > 0", name="age_positive"),
)
account.create(op.get_bind())
