op.create_table("café", sa.Column("naïve", sa.Integer()), sa.Column("名前", sa.Text()))
