# The expected values of the exercise set's teacher tests (stdlib/.../lmath/exercises/*/tests.lmath),
# computed with NumPy: python3 fixtures.py prints each one the tests quote.
import numpy as np
np.set_printoptions(precision=6)
sig = lambda z: 1/(1+np.exp(-z))
# 06 backprop
x = np.array([1., 2.]); W1 = np.array([[0.5, 0.3], [0.2, 0.8]]); W2 = np.array([1., 0.5])
h = sig(W1 @ x); y = sig(W2 @ h); loss = (y - 1)**2
dy = 2*(y-1); dz2 = dy*y*(1-y); dW2 = dz2*h; dh = dz2*W2; dz1 = dh*h*(1-h); dW1 = np.outer(dz1, x)
print("06 y", y, "loss", loss, "dW2", dW2, "dW1", dW1)
# 05
z = np.array([2.0, 1.5, 0.5, 0.3, 3.0]); p = np.exp(z - z.max()); p /= p.sum(); print("05 softmax", p)
l = np.array([1., 2, 3, 1, 1]); print("05 ce", -np.log(np.exp(l[2]-l.max())/np.exp(l-l.max()).sum()))
P = np.array([.3, .3, .4]); Q = np.array([.1, .1, .8]); print("05 kl", np.sum(P*np.log(P/Q)))
print("05 entropy uniform3 nats", np.log(3))
# 01
a = np.array([1., 2, 3]); b = np.array([4., 5, 6]); print("01 cos", a@b/np.linalg.norm(a)/np.linalg.norm(b))
# 07
xx = 0.
for i in range(20): xx -= 0.1*2*(xx-3)
print("07 gd", xx, 3-3*0.8**20)
# 08 optimizers
w = np.array([1., -2]); g = np.array([0.5, -3]); m = np.zeros(2); v = np.zeros(2)
for t in (1, 2):
    m = 0.9*m + 0.1*g; v = 0.999*v + 0.001*g*g
    mh = m/(1-0.9**t); vh = v/(1-0.999**t); w = w - 0.1*mh/(np.sqrt(vh)+1e-8)
    print("08 adam step", t, w)
w = np.array([1., -2]); vel = np.zeros(2)
for t in (1, 2):
    vel = 0.9*vel + g; w = w - 0.1*vel; print("08 momentum step", t, w)
# 09
print("09 exp", 0.1*0.95**10, "cos25", 0.1*0.5*(1+np.cos(np.pi*25/100)), "warmup cos at 55 (w=10,T=100)", 0.1*0.5*(1+np.cos(np.pi*45/90)))
# 10 attention
Q = np.array([[1., 0], [0, 1], [1, 1]]); K = np.array([[1., 0], [0, 1], [1, -1]]); V = np.array([[1., 2], [3, 4], [5, 6]])
s = Q @ K.T / np.sqrt(2); wts = np.exp(s - s.max(1, keepdims=True)); wts /= wts.sum(1, keepdims=True)
print("10 weights", wts.tolist()); print("10 out", (wts @ V).tolist())
# 03
f = lambda x: x**2
h_=1e-4; print("03 fwd", (f(2+h_)-f(2))/h_, "central", (f(2+h_)-f(2-h_))/(2*h_))
print("03 central exp at 1 h=1e-3", (np.exp(1.001)-np.exp(0.999))/0.002, "fwd", (np.exp(1.001)-np.exp(1))/0.001, np.e)
