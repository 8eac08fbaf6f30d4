with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pid", sa.Integer(), sa.ForeignKey("p.id", name="fk_t_p")),
        sa.Column("qid", sa.Integer(), sa.ForeignKey("q.id")),
        sa.UniqueConstraint("pid", "qid", name="uq_t_pq"),
    ),
) as batch_op:
    batch_op.drop_column("pid")
    batch_op.create_foreign_key("fk_t_r", "r", ["qid"], ["id"], ondelete="SET NULL")
    batch_op.create_unique_constraint("uq_t_qid", ["qid"])
