op.execute(
    sa.text("UPDATE t SET a = :a, b = :b, c = :c, d = :d").bindparams(a=1.5, b=True, c=None, d="it's")
)
