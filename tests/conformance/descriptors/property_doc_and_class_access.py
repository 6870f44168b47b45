class A:
    @property
    def val(self):
        """The value."""
        return 42

print(type(A.val).__name__, A.val.__doc__)
print(A().val)
print(A.val.__get__(A(), A), A.val.__get__(None, A) is A.val)
print(A.val.fset, A.val.fdel)
