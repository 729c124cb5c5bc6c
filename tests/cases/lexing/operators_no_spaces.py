a=1+-2
b=3*-1
c=2**-1
d=-2**2
e=1--1
f=5//-2
print(a,b,c,d,e,f)
print(1<2<3,not-1,2 if a else 3)
