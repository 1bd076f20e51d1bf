<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Concepts</name>
    <message>
        <source>Layers and their shapes</source>
        <translation>各层及其形状</translation>
    </message>
    <message>
        <source>A network of L layers turns an input x of n[0] numbers (one per pixel value: 64 × 64 × 3 = 12288 for the course&apos;s cat pictures) into a prediction. Layer l has n[l] units; for all m examples at once it computes Z[l] = W[l]·A[l−1] + b[l] and A[l] = g[l](Z[l]) (forward propagation). So W[l] has the shape n[l] × n[l−1], one row per unit and one column per input of the layer, and b[l] the shape n[l] × 1: “W[1]: 20 × 12288” means 20 units, each with a weight for every one of the 12288 input values.</source>
        <translation>L 层的网络把一个由 n[0] 个数组成的输入 x（每个像素值一个：课程中的猫图片是 64 × 64 × 3 = 12288）变成一个预测。第 l 层有 n[l] 个单元；它对全部 m 个样本同时计算 Z[l] = W[l]·A[l−1] + b[l] 和 A[l] = g[l](Z[l])（前向传播）。因此 W[l] 的形状是 n[l] × n[l−1]：每个单元一行，该层的每个输入一列；b[l] 的形状是 n[l] × 1。“W[1]: 20 × 12288”表示 20 个单元，每个单元对 12288 个输入值中的每一个都有一个权重。</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>参数个数</translation>
    </message>
    <message>
        <source>The parameters are the numbers training learns: every weight and bias. Layer l has n[l] × n[l−1] weights and n[l] biases, so the network has Σ (n[l]·n[l−1] + n[l]) parameters over its layers. The course&apos;s network 12288 → 20 → 7 → 5 → 1 has 245 760 + 20 + 140 + 7 + 35 + 5 + 5 + 1 = 245 973. More parameters can fit more complicated functions, but they need more data and time and overfit more easily.</source>
        <translation>参数是训练要学习的数：所有的权重和偏置。第 l 层有 n[l] × n[l−1] 个权重和 n[l] 个偏置，所以整个网络共有 Σ (n[l]·n[l−1] + n[l]) 个参数（对各层求和）。课程中的网络 12288 → 20 → 7 → 5 → 1 有 245 760 + 20 + 140 + 7 + 35 + 5 + 5 + 1 = 245 973 个参数。参数越多，能拟合的函数越复杂，但需要更多的数据和时间，也更容易过拟合。</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The activation function g[l] is applied to every unit&apos;s z: without it any number of layers would collapse into one linear function. ReLU(z) = max(0, z) is the course&apos;s choice for hidden layers: fast, and its gradient does not vanish for z &gt; 0. Leaky ReLU(z) = max(0.01·z, z) keeps a small gradient for z &lt; 0. tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ) lies between −1 and 1, centred on 0. sigmoid σ(z) = 1 / (1 + e⁻ᶻ) lies between 0 and 1 and suits the output of a yes-or-no question better than a hidden layer.</source>
        <translation>激活函数 g[l] 作用在每个单元的 z 上：没有它，再多的层也会合并成一个线性函数。ReLU(z) = max(0, z) 是课程在隐藏层中的选择：计算快，且 z &gt; 0 时梯度不会消失。Leaky ReLU(z) = max(0.01·z, z) 在 z &lt; 0 时保留一个小梯度。tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ) 的取值在 −1 到 1 之间，以 0 为中心。sigmoid σ(z) = 1 / (1 + e⁻ᶻ) 的取值在 0 到 1 之间，更适合作为“是或否”问题的输出，而不是隐藏层。</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>The output layer gives the prediction ŷ = A[L]. For two classes it is one sigmoid unit: a = σ(z) is the probability of the second class, predicted when a &gt; 0.5. For more classes it is a softmax over one unit per class: a_k = e^(z_k) / Σ_j e^(z_j), probabilities that sum to 1, and the prediction is the class with the largest one.</source>
        <translation>输出层给出预测 ŷ = A[L]。两个类别时它是一个 sigmoid 单元：a = σ(z) 是第二个类别的概率，a &gt; 0.5 时预测为该类别。类别更多时它是 softmax，每个类别一个单元：a_k = e^(z_k) / Σ_j e^(z_j)，这些概率之和为 1，预测为概率最大的类别。</translation>
    </message>
    <message>
        <source>Cost J</source>
        <translation>代价 J</translation>
    </message>
    <message>
        <source>The cost says how wrong the network&apos;s probabilities are on the m training examples; training lowers it step by step. For a sigmoid output it is the cross-entropy J = −(1/m) Σ [y log a + (1−y) log(1−a)], summed over the examples, with y the true label (0 or 1) and a the predicted probability; for a softmax output J = −(1/m) Σ Σ_k y_k log a_k. Answering 0.5 for every image costs log 2 ≈ 0.69, so “cost 0.69” at the start means the network knows nothing yet; 0 would be right and completely sure. The chart draws the train cost every iteration and the test cost at each snapshot.</source>
        <translation>代价衡量网络给出的概率在 m 个训练样本上错得有多厉害；训练一步步降低它。sigmoid 输出时它是交叉熵 J = −(1/m) Σ [y log a + (1−y) log(1−a)]，对所有样本求和，其中 y 是真实标签（0 或 1），a 是预测的概率；softmax 输出时 J = −(1/m) Σ Σ_k y_k log a_k。对每张图片都回答 0.5 的代价是 log 2 ≈ 0.69，所以开始时的“代价 0.69”表示网络还什么都不知道；0 表示完全正确且完全确定。图表在每次迭代画出训练代价，在每个快照画出测试代价。</translation>
    </message>
    <message>
        <source>Train and test accuracy</source>
        <translation>训练准确率和测试准确率</translation>
    </message>
    <message>
        <source>Accuracy is the share of images classified right: (number right / m) × 100 %. The train accuracy is measured on the examples the network learns from, the test accuracy on images it never sees while training, so the test accuracy is the honest one. A train accuracy far above the test accuracy (say 99 % against 70 %) means the network overfits: it learned the training images rather than the classes.</source>
        <translation>准确率是分类正确的图片所占的比例：(正确数 / m) × 100 %。训练准确率在网络学习所用的样本上测量，测试准确率在训练时从未见过的图片上测量，所以测试准确率才是可信的那个。训练准确率远高于测试准确率（比如 99 % 对 70 %）说明网络过拟合了：它记住的是训练图片，而不是类别。</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>A network overfits when it fits the training set so closely that it does worse on new data: the train cost keeps falling while the test cost rises, and the train accuracy is far above the test accuracy. The course&apos;s remedies: more training data, a smaller network, L2 regularisation, dropout and early stopping.</source>
        <translation>网络把训练集拟合得过于贴近、以致在新数据上表现更差时，就是过拟合：训练代价继续下降而测试代价上升，训练准确率远高于测试准确率。课程给出的对策：更多的训练数据、更小的网络、L2 正则化、dropout（随机失活）和提前停止。</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Each step of gradient descent moves every parameter against its gradient: W[l] := W[l] − α·dW[l] and b[l] := b[l] − α·db[l]. The learning rate α sets the size of that step. Too small (0.00001) and the cost falls very slowly; too large (1 or more) and it jumps about or diverges. The notebook uses α = 0.0075. The slider moves on a log scale; a new rate takes effect from the next iteration, also during a run.</source>
        <translation>梯度下降的每一步都让每个参数逆着它的梯度移动：W[l] := W[l] − α·dW[l]，b[l] := b[l] − α·db[l]。学习率 α 决定这一步有多大。太小（0.00001）时代价下降得很慢；太大（1 或更大）时代价来回跳动甚至发散。Notebook 使用 α = 0.0075。滑块按对数刻度移动；新的学习率从下一次迭代起生效，训练进行中也是如此。</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>One iteration is one step of training: forward propagation over the training examples, the cost J, backward propagation for the gradients dW[l] and db[l], and the update with the learning rate. The notebook trains for 2500 iterations. When every step uses the whole training set (full batch) the iteration count is the length of the run; with mini-batches the run lasts its epochs instead.</source>
        <translation>一次迭代就是训练的一步：在训练样本上做前向传播，计算代价 J，用反向传播求出梯度 dW[l] 和 db[l]，再按学习率更新参数。Notebook 训练 2500 次迭代。如果每一步都使用整个训练集（全批量），迭代次数就是这次训练的长度；使用小批量时，训练的长度改由轮次决定。</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>The weights W[l] start random and b[l] starts at 0: if all weights were equal, every unit of a layer would learn the same thing. Their scale matters: too large and tanh or sigmoid saturate, too small and the signal fades layer by layer. Notebook: randn / √n[l−1], as the course&apos;s deep network. He: randn · √(2 / n[l−1]), made for ReLU. Xavier: randn · √(2 / (n[l−1] + n[l])), for tanh. Small: randn · 0.01, the shallow network&apos;s choice, which learns slowly in a deep one.</source>
        <translation>权重 W[l] 随机开始，b[l] 从 0 开始：如果所有权重都相等，一层中的每个单元都会学到同样的东西。权重的尺度很重要：太大时 tanh 或 sigmoid 会饱和，太小时信号会一层层衰减。Notebook：randn / √n[l−1]，与课程中的深层网络相同。He：randn · √(2 / n[l−1])，为 ReLU 设计。Xavier：randn · √(2 / (n[l−1] + n[l]))，适用于 tanh。Small：randn · 0.01，浅层网络的选择，在深层网络中学得很慢。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The seed starts the random numbers that draw the starting weights (and shuffle mini-batches and dropout masks). The same seed gives the same run, so two runs that differ in one hyperparameter only can be compared fairly.</source>
        <translation>种子决定生成初始权重的随机数（以及小批量的打乱顺序和 dropout 掩码）。相同的种子得到相同的训练过程，因此只差一个超参数的两次训练可以公平地比较。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>The number format of the training arithmetic. float64 (double) keeps about 16 significant digits, as NumPy does in the notebook, so the costs match the course&apos;s. float32 keeps about 7: it is faster and needs half the memory, and the costs then differ from the notebook&apos;s in the later digits.</source>
        <translation>训练计算所用的数值格式。float64（double）约有 16 位有效数字，与 Notebook 中的 NumPy 相同，因此代价与课程一致。float32 约有 7 位：更快，内存只需一半，但代价会在后几位上与 Notebook 不同。</translation>
    </message>
    <message>
        <source>Optimisers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How each step uses the gradient. Gradient descent: W := W − α·dW. Momentum keeps a running average of the gradients, v = β1·v + (1−β1)·dW, and steps W := W − α·v, which damps the zig-zag. RMSprop keeps an average of their squares, s = β2·s + (1−β2)·dW², and steps W := W − α·dW / (√s + ε), so every weight gets a step size of its own. Adam does both, with the bias corrections v̂ = v / (1−β1ᵗ) and ŝ = s / (1−β2ᵗ): W := W − α·v̂ / (√ŝ + ε). Usual values: β1 = 0.9, β2 = 0.999, ε = 10⁻⁸.</source>
        <translation>每一步如何使用梯度。梯度下降：W := W − α·dW。Momentum（动量）保存梯度的滑动平均 v = β1·v + (1−β1)·dW，并按 W := W − α·v 更新，减弱来回摆动。RMSprop 保存梯度平方的平均 s = β2·s + (1−β2)·dW²，并按 W := W − α·dW / (√s + ε) 更新，使每个权重都有自己的步长。Adam 两者兼用，并做偏差修正 v̂ = v / (1−β1ᵗ) 和 ŝ = s / (1−β2ᵗ)：W := W − α·v̂ / (√ŝ + ε)。常用取值：β1 = 0.9，β2 = 0.999，ε = 10⁻⁸。</translation>
    </message>
    <message>
        <source>Mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <source>How many examples each step of training looks at. The notebook uses the whole training set (full batch): every step is exact, but slow to take. Mini-batch gradient descent shuffles the training set and cuts it into batches of, say, 64 examples; each batch makes one step, so an epoch has ⌈m / batch size⌉ steps. Steps come much more often but are noisier, and the cost curve wiggles.</source>
        <translation>训练的每一步看多少个样本。Notebook 使用整个训练集（全批量）：每一步都是精确的，但走一步很慢。小批量梯度下降把训练集打乱并切成若干批，比如每批 64 个样本；每批走一步，所以一轮有 ⌈m / 批量大小⌉ 步。步子来得频繁得多，但噪声更大，代价曲线会抖动。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>An epoch is one pass over every training example. With full batches an epoch is one iteration; with mini-batches of b examples it is ⌈m / b⌉ iterations. A mini-batch run lasts the epochs set here, and the chart then counts epochs.</source>
        <translation>一轮（epoch）就是把所有训练样本过一遍。全批量时一轮就是一次迭代；每批 b 个样本时一轮是 ⌈m / b⌉ 次迭代。小批量训练持续这里设定的轮数，此时图表按轮次计数。</translation>
    </message>
    <message>
        <source>L2 regularisation λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <source>L2 regularisation adds the size of the weights to the cost: J_reg = J + (λ / 2m) Σ ‖W[l]‖², where ‖W‖² is the sum of the squares of its entries. Backward propagation then adds (λ/m)·W[l] to dW[l], so every step also shrinks the weights a little (weight decay). Smaller weights give a smoother function that overfits less; too large a λ underfits. λ = 0 turns it off.</source>
        <translation>L2 正则化把权重的大小加到代价上：J_reg = J + (λ / 2m) Σ ‖W[l]‖²，其中 ‖W‖² 是其所有元素的平方和。于是反向传播在 dW[l] 上加上 (λ/m)·W[l]，每一步也会把权重缩小一点（权重衰减）。更小的权重给出更平滑的函数，过拟合更少；λ 太大则会欠拟合。λ = 0 表示关闭。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout（随机失活）</translation>
    </message>
    <message>
        <source>While training, dropout switches off units of a hidden layer at random, anew at every step, keeping each with probability keep_prob: D[l] = (rand &lt; keep_prob), A[l] := A[l] · D[l] / keep_prob. Dividing by keep_prob (inverted dropout) keeps the expected value of A[l] the same. No unit can rely on another, which reduces overfitting. Nothing is dropped at test time. keep_prob = 1 is no dropout; the course&apos;s example uses 0.86.</source>
        <translation>训练时，dropout 在每一步重新随机关闭隐藏层中的一些单元，每个单元以概率 keep_prob 保留：D[l] = (rand &lt; keep_prob)，A[l] := A[l] · D[l] / keep_prob。除以 keep_prob（反向 dropout，inverted dropout）使 A[l] 的期望值保持不变。任何单元都不能依赖其他单元，从而减少过拟合。测试时不丢弃任何单元。keep_prob = 1 表示不使用 dropout；课程的例子用 0.86。</translation>
    </message>
    <message>
        <source>Learning-rate decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <source>Decay lowers the learning rate as training goes on, so the first epochs take big steps and the last ones careful steps near the minimum. Inverse: α = α0 / (1 + rate·epoch). Exponential: α = α0 · rate^epoch. Step: α = α0 / (1 + rate·⌊epoch / interval⌋), lower only once every interval epochs. α0 is the learning rate set above.</source>
        <translation>衰减让学习率随着训练推进而降低，使最初几轮迈大步，最后几轮在最小值附近小心地前进。Inverse（反比）：α = α0 / (1 + rate·epoch)。Exponential（指数）：α = α0 · rate^epoch。Step（阶梯）：α = α0 / (1 + rate·⌊epoch / interval⌋)，每隔 interval 轮才降低一次。α0 是上面设定的学习率。</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Early stopping holds back a share of the training examples as a validation set and watches its cost after every epoch. When that cost has not improved for “patience” epochs, training stops and keeps the best weights seen, from before the network began to overfit. A patience of 0 turns it off.</source>
        <translation>提前停止从训练样本中留出一部分作为验证集，并在每一轮之后观察它的代价。当这个代价连续“耐心”轮都没有改善时，训练停止，并保留见过的最好权重，即网络开始过拟合之前的权重。耐心为 0 表示关闭。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>The confusion matrix counts the test images by their actual class (rows) and the class the network predicts (columns). The diagonal holds the right answers, in bold; every other cell is one kind of mistake, such as cats taken for non-cats. Row-normalised shows each row as percentages of that class&apos;s images, so rare and common classes compare fairly. Click a cell, or press Enter on it, to see its images in the test predictions.</source>
        <translation>混淆矩阵按实际类别（行）和网络预测的类别（列）统计测试图片。对角线上（粗体）是正确的答案；其他每个格子都是一种错误，比如把猫当成非猫。“按行归一化”把每一行显示为该类图片的百分比，使少见和常见的类别能公平地比较。点击一个格子，或在格子上按 Enter，即可在测试集预测中看到其中的图片。</translation>
    </message>
    <message>
        <source>Test predictions</source>
        <translation>测试集预测</translation>
    </message>
    <message>
        <source>Every test image with the class the network predicts for it now and how sure it is: the probability of that class, as a bar and a percentage. A ✓ marks a right prediction and a ✗ a wrong one (their frames are green and red, or blue and orange in the colour-blind-safe colours). “Misclassified only” shows the mistakes, as the notebook&apos;s print_mislabeled_images does. Click an image, or press Enter on it, to see it large with every class&apos;s probability.</source>
        <translation>每张测试图片，以及网络现在为它预测的类别和把握：该类别的概率，用条形和百分比表示。✓ 表示预测正确，✗ 表示预测错误（边框为绿色和红色，色盲友好配色下为蓝色和橙色）。“只看分错的”只显示错误，与 Notebook 中的 print_mislabeled_images 相同。点击图片，或在图片上按 Enter，即可放大查看，并看到每个类别的概率。</translation>
    </message>
    <message>
        <source>Your pictures</source>
        <translation>你的图片</translation>
    </message>
    <message>
        <source>Drop or paste (Ctrl+V) pictures of your own to see what the current network makes of them. Each is scaled to the data set&apos;s image size, encoded as its training images were, and classified again whenever the weights change, so its prediction follows training.</source>
        <translation>拖放或粘贴（Ctrl+V）你自己的图片，看看当前网络怎么看它们。每张图片都会缩放到数据集的图像尺寸，按训练图像的方式编码，并在权重每次变化时重新分类，所以它的预测会跟着训练变化。</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>How many iterations a second training makes, from slow motion (2 a second, every step drawn) to full speed. The speed changes nothing in the results: slowing down lets you watch the cost fall step by step.</source>
        <translation>训练每秒进行多少次迭代，从慢动作（每秒 2 次，每一步都画出来）到全速。速度不会改变任何结果：放慢可以让你一步步看着代价下降。</translation>
    </message>
</context>
<context>
    <name>DataSetLoader</name>
    <message>
        <source>%1: is a folder, not an HDF5 file; read it as a folder of class folders of pictures</source>
        <translation>%1：是文件夹，不是 HDF5 文件；已按“每类一个子文件夹”的图片文件夹读取</translation>
    </message>
</context>
<context>
    <name>IdxReader</name>
    <message>
        <source>%1: both %2 and %2.gz are there; read %2 and ignored %2.gz (remove the one you do not mean)</source>
        <translation>%1：%2 和 %2.gz 同时存在；已读取 %2，忽略 %2.gz（请删除不需要的那个）</translation>
    </message>
    <message>
        <source>%1: IDX images keep their own size %2×%3; the chosen image size applies to image folders</source>
        <translation>%1：IDX 图像保持自身尺寸 %2×%3；所选图像尺寸只用于图片文件夹</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>普通文件</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>Run history is off (%1). Training goes on; runs are not recorded until LayerLab restarts.</source>
        <translation>运行记录已关闭（%1）。训练照常进行；在 LayerLab 重新启动之前，运行不会被记录。</translation>
    </message>
</context>
<context>
    <name>TrainingState</name>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>layerlab::ActivationStrip</name>
    <message>
        <source>Activations of each layer</source>
        <translation>每一层的激活</translation>
    </message>
    <message>
        <source>A[%1]: %2 units, largest %3</source>
        <translation>A[%1]：%2 个单元，最大值 %3</translation>
    </message>
</context>
<context>
    <name>layerlab::ArchitectureEditor</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>+ Add hidden layer</source>
        <translation>+ 添加隐藏层</translation>
    </message>
    <message>
        <source>Insert a hidden layer before the output layer</source>
        <translation>在输出层之前插入一个隐藏层</translation>
    </message>
    <message>
        <source>Layer 00</source>
        <translation>第 00 层</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>from the data set</source>
        <translation>由数据集决定</translation>
    </message>
    <message>
        <source>%1 values (%2×%3×%4)</source>
        <translation>%1 个值（%2×%3×%4）</translation>
    </message>
    <message>
        <source>n[0]: one input per pixel value, fixed by the data set</source>
        <translation>n[0]：每个像素值一个输入，由数据集决定</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Fixed by the data set&apos;s classes</source>
        <translation>由数据集的类别决定</translation>
    </message>
    <message>
        <source>Sigmoid: one unit saying how likely the second class is (the notebook&apos;s choice).
Softmax: one unit per class, probabilities summing to 1.</source>
        <translation>Sigmoid：一个单元，给出属于第二类的概率（课程笔记本的做法）。
Softmax：每类一个单元，概率之和为 1。</translation>
    </message>
    <message>
        <source>sigmoid, 1 unit</source>
        <translation>sigmoid，1 个单元</translation>
    </message>
    <message>
        <source>Units in layer %1 (n[%1])</source>
        <translation>第 %1 层的单元数（n[%1]）</translation>
    </message>
    <message>
        <source>Activation g[%1] of layer %1</source>
        <translation>第 %1 层的激活函数 g[%1]</translation>
    </message>
    <message>
        <source>Move this layer towards the input</source>
        <translation>把这一层移向输入层</translation>
    </message>
    <message>
        <source>Move this layer towards the output</source>
        <translation>把这一层移向输出层</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
    <message>
        <source>layer %1: &apos;%2&apos; is not a whole number of units: type e.g. 20</source>
        <translation>第 %1 层：“%2”不是整数个单元：请输入例如 20</translation>
    </message>
    <message>
        <source>W[%1]: %2 × %3    b[%1]: %2 × 1</source>
        <translation>W[%1]：%2 × %3    b[%1]：%2 × 1</translation>
    </message>
    <message>
        <source>Parameters: open a data set to size the input</source>
        <translation>参数：打开数据集以确定输入大小</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message numerus="yes">
        <source>softmax, %n unit(s)</source>
        <translation>
            <numerusform>softmax，%n 个单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 with %n unit(s) would give %2 parameters: keep the network under %3</source>
        <translation>
            <numerusform>第 %1 层有 %n 个单元时共有 %2 个参数：网络须少于 %3 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>Output layer activation</source>
        <translation>输出层激活函数</translation>
    </message>
    <message>
        <source>Units in layer %1</source>
        <translation>第 %1 层的单元数</translation>
    </message>
    <message>
        <source>Activation of layer %1</source>
        <translation>第 %1 层的激活函数</translation>
    </message>
    <message>
        <source>Move layer %1 towards the input</source>
        <translation>把第 %1 层移向输入</translation>
    </message>
    <message>
        <source>Move layer %1 towards the output</source>
        <translation>把第 %1 层移向输出</translation>
    </message>
    <message>
        <source>Remove layer %1</source>
        <translation>删除第 %1 层</translation>
    </message>
</context>
<context>
    <name>layerlab::ConceptsDialog</name>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>a word, e.g. dropout or cost</source>
        <translation>一个词，例如 dropout 或 代价</translation>
    </message>
    <message>
        <source>Search the concepts</source>
        <translation>搜索概念</translation>
    </message>
    <message>
        <source>Pick a concept to read its explanation</source>
        <translation>选择一个概念，阅读它的解释</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>&lt;p&gt;No concept contains “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有概念包含“%1”。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>layerlab::ConfusionMatrixModel</name>
    <message>
        <source>%1 of %2 test images of class “%3” were predicted as “%4” (%5%); click to show them</source>
        <translation>类别“%3”的 %2 张测试图像中有 %1 张被预测为“%4”（%5%）；点击查看</translation>
    </message>
    <message>
        <source>Actual class: %1</source>
        <translation>实际类别：%1</translation>
    </message>
    <message>
        <source>Predicted class: %1</source>
        <translation>预测类别：%1</translation>
    </message>
    <message>
        <source>Actual %1, predicted %2: %3 of %4 (%5 %), right</source>
        <translation>实际 %1，预测 %2：%4 张中的 %3 张（%5 %），正确</translation>
    </message>
    <message>
        <source>Actual %1, predicted %2: %3 of %4 (%5 %), wrong</source>
        <translation>实际 %1，预测 %2：%4 张中的 %3 张（%5 %），错误</translation>
    </message>
</context>
<context>
    <name>layerlab::ConfusionMatrixView</name>
    <message>
        <source>Row-normalised</source>
        <translation>按行归一化</translation>
    </message>
    <message>
        <source>Rows: actual class · Columns: predicted class</source>
        <translation>行：实际类别 · 列：预测类别</translation>
    </message>
    <message>
        <source>Show each row as percentages of that class&apos;s test images, so rare and common classes compare fairly.</source>
        <translation>每行显示为该类测试图像的百分比，稀有类和常见类可以公平比较。</translation>
    </message>
    <message>
        <source>Click a cell to see the test images it counts.</source>
        <translation>点击单元格，查看它统计的测试图像。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Rows are the actual classes, columns the predicted ones; the arrow keys move between the cells and Enter shows a cell&apos;s test images.</source>
        <translation>行是实际类别，列是预测类别；方向键在格子之间移动，Enter 显示格子中的测试图片。</translation>
    </message>
</context>
<context>
    <name>layerlab::CostChartView</name>
    <message>
        <source>wheel or drag to zoom, middle-drag to pan, double-click to fit</source>
        <translation>滚轮或拖动缩放，中键拖动平移，双击适应窗口</translation>
    </message>
    <message>
        <source>&amp;Log-scale cost</source>
        <translation>对数刻度代价(&amp;L)</translation>
    </message>
    <message>
        <source>Show the cost on a logarithmic axis, to see it keep falling late in a run</source>
        <translation>用对数坐标显示代价，看清训练后期它仍在下降</translation>
    </message>
    <message>
        <source>Show the whole run and follow it again.
On the chart: %1</source>
        <translation>显示整个训练过程并重新跟随。
图表上：%1</translation>
    </message>
    <message>
        <source>train cost</source>
        <translation>训练代价</translation>
    </message>
    <message>
        <source>test cost</source>
        <translation>测试代价</translation>
    </message>
    <message>
        <source>train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>Cost chart</source>
        <translation>代价曲线图</translation>
    </message>
    <message>
        <source>cost (log scale)</source>
        <translation>代价（对数刻度）</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>batch cost</source>
        <translation>批量代价</translation>
    </message>
    <message>
        <source>diverged at iteration %1</source>
        <translation>第 %1 次迭代时发散</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>train cost per epoch</source>
        <translation>每轮训练代价</translation>
    </message>
    <message>
        <source>test cost per epoch</source>
        <translation>每轮测试代价</translation>
    </message>
    <message>
        <source>epoch %1
%2: %3</source>
        <translation>第 %1 轮
%2：%3</translation>
    </message>
    <message>
        <source>iteration %1
%2: %3</source>
        <translation>第 %1 次迭代
%2：%3</translation>
    </message>
    <message>
        <source>%1: the chart could not be encoded as PNG</source>
        <translation>%1：无法把图表编码为 PNG</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>全部显示(&amp;T)</translation>
    </message>
    <message>
        <source>No run yet: train (F5) to draw the cost</source>
        <translation>还没有训练：按 F5 训练即可画出代价</translation>
    </message>
    <message>
        <source>Iteration %1: train cost %2</source>
        <translation>第 %1 次迭代：训练代价 %2</translation>
    </message>
    <message>
        <source>%1, test cost %2</source>
        <translation>%1，测试代价 %2</translation>
    </message>
    <message>
        <source>%1, train accuracy %2 %</source>
        <translation>%1，训练准确率 %2 %</translation>
    </message>
    <message>
        <source>%1, test accuracy %2 %</source>
        <translation>%1，测试准确率 %2 %</translation>
    </message>
    <message>
        <source>%1; diverged at iteration %2</source>
        <translation>%1；在第 %2 次迭代发散</translation>
    </message>
    <message>
        <source>%1.
%2</source>
        <translation>%1。
%2</translation>
    </message>
    <message>
        <source>Legend of the cost chart</source>
        <translation>代价图的图例</translation>
    </message>
    <message>
        <source>dashed: their test accuracy</source>
        <translation>虚线：它们的测试准确率</translation>
    </message>
</context>
<context>
    <name>layerlab::DataSetDialog</name>
    <message>
        <source>Open data set</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>A folder of class folders, a course .h5 file, an IDX folder or builtin:shapes</source>
        <translation>每类一个子文件夹的文件夹、课程 .h5 文件、IDX 文件夹或 builtin:shapes</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Data set folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>Data set file</source>
        <translation>数据集文件</translation>
    </message>
    <message>
        <source>Data sets (*.h5 *-ubyte *-ubyte.gz);;All files (*)</source>
        <translation>数据集 (*.h5 *-ubyte *-ubyte.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>缩放到</translation>
    </message>
    <message>
        <source>Unchecked: 64×64 for image folders, 32×32 for the shapes; IDX and course files keep theirs</source>
        <translation>不勾选时：图片文件夹为 64×64，形状为 32×32；IDX 和课程文件保持原尺寸</translation>
    </message>
    <message>
        <source> wide</source>
        <translation> 宽</translation>
    </message>
    <message>
        <source> high</source>
        <translation> 高</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>all, or e.g. 7,9 or Sneaker,Ankle boot</source>
        <translation>全部，或例如 7,9 或 Sneaker,Ankle boot</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Standardise each feature (training mean and deviation)</source>
        <translation>标准化每个特征（用训练集的均值和标准差）</translation>
    </message>
    <message>
        <source>Share of each class kept for testing when a folder has no train/ and test/</source>
        <translation>文件夹没有 train/ 和 test/ 时，每类留作测试的比例</translation>
    </message>
    <message>
        <source>Test share:</source>
        <translation>测试比例：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Ready data sets</source>
        <translation>现成的数据集</translation>
    </message>
    <message>
        <source>Data set path</source>
        <translation>数据集路径</translation>
    </message>
    <message>
        <source>Picture width in pixels</source>
        <translation>图片宽度（像素）</translation>
    </message>
    <message>
        <source>Picture height in pixels</source>
        <translation>图片高度（像素）</translation>
    </message>
</context>
<context>
    <name>layerlab::DataSetLoadJob</name>
    <message>
        <source>%1: not enough memory to load it; pick fewer classes or a smaller image size</source>
        <translation>%1：内存不足，无法载入；请选择更少的类别或更小的图像尺寸</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在载入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening data set</source>
        <translation>正在打开数据集</translation>
    </message>
</context>
<context>
    <name>layerlab::DataSetOpener</name>
    <message>
        <source>Cancelled opening %1: the data set stays as it was</source>
        <translation>已取消打开 %1：数据集保持不变</translation>
    </message>
    <message>
        <source>built-in shapes</source>
        <translation>内置形状</translation>
    </message>
    <message>
        <source>No built-in data set (%1): open one with File ▸ Open data set…</source>
        <translation>没有内置数据集（%1）：请用 文件 ▸ 打开数据集… 打开一个</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Another data set is still loading: wait for it or cancel it</source>
        <translation>另一个数据集仍在载入：请等待或取消它</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>layerlab::DiscardGuard</name>
    <message>
        <source>Discard this run?</source>
        <translation>放弃这次训练？</translation>
    </message>
    <message>
        <source>%1 discards them. Save them first with File ▸ Save model (Ctrl+S), or Cancel to keep the run.</source>
        <translation>“%1”会丢弃它们。请先用 文件 ▸ 保存模型（Ctrl+S）保存，或点“取消”保留这次训练。</translation>
    </message>
    <message>
        <source>Throw the trained weights away</source>
        <translation>丢弃已训练的权重</translation>
    </message>
    <message>
        <source>Keep the run as it is</source>
        <translation>保持这次训练不变</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <source>Discard unsaved runs from now on without asking</source>
        <translation>以后不询问，直接放弃未保存的训练</translation>
    </message>
    <message numerus="yes">
        <source>This run has %n trained iteration(s) that are not saved.</source>
        <translation>
            <numerusform>这次训练有 %n 次已训练的迭代尚未保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>layerlab::DockLayout</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Test predictions</source>
        <translation>测试集预测</translation>
    </message>
    <message>
        <source>Your pictures</source>
        <translation>你的图片</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>The layers from input to output, their sizes, activations and dropout</source>
        <translation>从输入到输出的各层，以及它们的大小、激活函数和 dropout</translation>
    </message>
    <message>
        <source>Learning rate, iterations, initialisation and the optimisation options</source>
        <translation>学习率、迭代次数、初始化和优化选项</translation>
    </message>
    <message>
        <source>Every test image with the network&apos;s prediction, right or wrong</source>
        <translation>每张测试图片和网络对它的预测，正确或错误</translation>
    </message>
    <message>
        <source>Pictures you dropped or pasted, classified by the current network</source>
        <translation>你拖放或粘贴的图片，由当前网络分类</translation>
    </message>
    <message>
        <source>Test images counted by actual and predicted class</source>
        <translation>按实际类别和预测类别统计的测试图片</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>测试集预测</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>The network diagram, weights as pictures, layer health and one example followed through the network</source>
        <translation>网络图、权重图像、各层健康状况，以及一个样本在网络中的完整计算</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Every recorded run on this data set: compare, overlay on the chart, re-run or branch</source>
        <translation>这个数据集上记录的每一次运行：比较、叠加到图表上、重新运行或分支</translation>
    </message>
</context>
<context>
    <name>layerlab::DropRouter</name>
    <message>
        <source>Classifying the pictures; ignored what is not a picture: %1</source>
        <translation>正在分类图片；已忽略不是图片的内容：%1</translation>
    </message>
    <message>
        <source>Nothing to use here: drop or paste pictures, a data set or a saved model.</source>
        <translation>这里没有可用的内容：请拖入或粘贴图片、数据集或保存的模型。</translation>
    </message>
    <message>
        <source>%1: is %2, not a regular file</source>
        <translation>%1：是%2，不是普通文件</translation>
    </message>
    <message>
        <source>ignored %1.</source>
        <translation>已忽略 %1。</translation>
    </message>
    <message>
        <source>Cannot use %1; drop the file itself, not a pipe or a device.</source>
        <translation>无法使用 %1；请拖入文件本身，而不是管道或设备。</translation>
    </message>
    <message>
        <source>Drop one data set, model or lesson at a time (%1 were dropped).</source>
        <translation>一次只能拖入一个数据集、模型或课程（拖入了 %1 个）。</translation>
    </message>
    <message>
        <source>Cannot use %1: drop pictures to classify, a data set (a folder of class folders, a course .h5 file, an IDX folder), a saved LayerLab model or a lesson (.layerlab).</source>
        <translation>无法使用 %1：请拖入要分类的图片、数据集（按类别分文件夹的图片文件夹、课程 .h5 文件、IDX 文件夹）、保存的 LayerLab 模型或课程（.layerlab）。</translation>
    </message>
</context>
<context>
    <name>layerlab::DropoutEditor</name>
    <message>
        <source>Keep probability of hidden layer %1: while training, each unit stays on with this chance and is switched off otherwise (1 = no dropout).</source>
        <translation>隐藏层 %1 的保留概率：训练时每个单元以这个概率保留，否则被关闭（1 = 不使用 dropout）。</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1 (%n unit(s)) keep</source>
        <translation>
            <numerusform>第 %1 层（%n 个单元）保留</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep probability of hidden layer %1</source>
        <translation>隐藏层 %1 的保留概率</translation>
    </message>
</context>
<context>
    <name>layerlab::ExampleView</name>
    <message>
        <source>a test image</source>
        <translation>一张测试图像</translation>
    </message>
    <message>
        <source>a training image</source>
        <translation>一张训练图像</translation>
    </message>
    <message>
        <source>Which set the followed example comes from</source>
        <translation>被跟踪的样本来自哪个集合</translation>
    </message>
    <message>
        <source>Number of the followed example</source>
        <translation>被跟踪样本的编号</translation>
    </message>
    <message>
        <source>Or click an image in Test predictions or Your pictures</source>
        <translation>或者在“测试预测”或“你的图片”中点击一张图像</translation>
    </message>
    <message>
        <source>the example</source>
        <translation>该样本</translation>
    </message>
    <message>
        <source>The followed example</source>
        <translation>被跟踪的样本</translation>
    </message>
    <message>
        <source>Saliency map</source>
        <translation>显著性图</translation>
    </message>
    <message>
        <source>How fast the predicted class&apos;s probability changes with each pixel: darker red pixels matter more</source>
        <translation>预测类别的概率随每个像素变化的快慢：颜色越深红的像素越重要</translation>
    </message>
    <message>
        <source>Occlusion map</source>
        <translation>遮挡图</translation>
    </message>
    <message>
        <source>How much the probability falls when a grey patch hides each place: red where hiding it lowers the probability</source>
        <translation>用灰色方块遮住每个位置时概率下降多少：遮住后概率降低的地方显示为红色</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output probabilities&lt;/b&gt;</source>
        <translation>&lt;b&gt;输出概率&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activations&lt;/b&gt;, one bar per unit</source>
        <translation>&lt;b&gt;激活&lt;/b&gt;，每个单元一根柱</translation>
    </message>
    <message>
        <source>Glass-box neuron</source>
        <translation>玻璃盒神经元</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Train or step once to follow an example through the network.</source>
        <translation>训练或单步执行一次，即可跟踪一个样本穿过网络。</translation>
    </message>
    <message>
        <source>Test image %1</source>
        <translation>测试图像 %1</translation>
    </message>
    <message>
        <source>Training image %1</source>
        <translation>训练图像 %1</translation>
    </message>
    <message>
        <source>Your picture %1</source>
        <translation>你的图片 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, iteration %2: predicted &lt;b&gt;%3&lt;/b&gt; (%4 %)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 次迭代：预测为 &lt;b&gt;%3&lt;/b&gt;（%4 %）</translation>
    </message>
    <message>
        <source>right: it is %1</source>
        <translation>正确：它是 %1</translation>
    </message>
    <message>
        <source>wrong: it is %1</source>
        <translation>错误：它是 %1</translation>
    </message>
    <message>
        <source>Probability of %1</source>
        <translation>%1 的概率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Glass box: layer %1, unit %2&lt;/b&gt; (%3). Click a unit in the diagram to open another; Step (F10) applies the update below.</source>
        <translation>&lt;b&gt;玻璃盒：第 %1 层，单元 %2&lt;/b&gt;（%3）。在网络图中点击另一个单元即可打开它；单步（F10）会执行下面的更新。</translation>
    </message>
    <message numerus="yes">
        <source>Forward: %n inputs from the layer before</source>
        <translation>
            <numerusform>前向传播：来自上一层的 %n 个输入</numerusform>
        </translation>
    </message>
    <message>
        <source>Backward, for this example alone (m = 1):</source>
        <translation>反向传播，只针对这个样本（m = 1）：</translation>
    </message>
    <message>
        <source>The next step&apos;s update of this row:</source>
        <translation>下一步对这一行的更新：</translation>
    </message>
    <message>
        <source>E&amp;xample to follow:</source>
        <translation>要跟踪的样本(&amp;X)：</translation>
    </message>
    <message>
        <source>saliency |dp/dx|</source>
        <translation>显著性 |dp/dx|</translation>
    </message>
    <message>
        <source>occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <source>occlusion, %1 px</source>
        <translation>遮挡，%1 像素</translation>
    </message>
    <message>
        <source>{n} more terms</source>
        <translation>另外 {n} 项</translation>
    </message>
    <message>
        <source>{n} more term</source>
        <translation>另外 {n} 项</translation>
    </message>
    <message>
        <source>{n} terms</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <source>{n} term</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <source>with</source>
        <translation>取</translation>
    </message>
</context>
<context>
    <name>layerlab::FindingText</name>
    <message>
        <source>%1 % of layer %2&apos;s ReLU units output 0 for every one of the %3 training images measured (dead): no gradient reaches their weights any more.</source>
        <translation>第 %2 层 %1 % 的 ReLU 单元对所测的全部 %3 张训练图像都输出 0（已死亡）：再也没有梯度能到达它们的权重。</translation>
    </message>
    <message>
        <source>The output sigmoid is saturated for %1 % of the training images (a &lt; 0.001 or a &gt; 0.999): where it is wrong it learns slowly.</source>
        <translation>输出的 sigmoid 对 %1 % 的训练图像已饱和（a &lt; 0.001 或 a &gt; 0.999）：它出错的地方学得很慢。</translation>
    </message>
    <message>
        <source>Gradients in layer 1 are %1 of the output layer&apos;s (vanishing), measured as ‖dW[l]‖ / ‖W[l]‖: the first layer barely learns.</source>
        <translation>第 1 层的梯度只有输出层的 %1（梯度消失），按 ‖dW[l]‖ / ‖W[l]‖ 衡量：第一层几乎学不到东西。</translation>
    </message>
    <message numerus="yes">
        <source>The cost rose %n epochs in a row: the learning rate may be too large.</source>
        <translation>
            <numerusform>代价连续 %n 轮上升：学习率可能太大。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost rose %n iterations in a row: the learning rate may be too large.</source>
        <translation>
            <numerusform>代价连续 %n 次迭代上升：学习率可能太大。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a smaller learning rate, He initialisation, or Leaky ReLU for this layer.</source>
        <translation>可以尝试更小的学习率、He 初始化，或让这一层使用 Leaky ReLU。</translation>
    </message>
    <message>
        <source>Try smaller initial weights (He or Xavier initialisation) or a smaller learning rate. A trained network sure of its whole training set may be overfitting: compare the test accuracy and try L2.</source>
        <translation>可以尝试更小的初始权重（He 或 Xavier 初始化）或更小的学习率。一个对整个训练集都很有把握的已训练网络可能已经过拟合：比较一下测试准确率，并尝试 L2 正则化。</translation>
    </message>
    <message>
        <source>Try He initialisation for ReLU layers, ReLU instead of sigmoid or tanh in the hidden layers, fewer layers, or the Adam optimiser.</source>
        <translation>可以尝试为 ReLU 层使用 He 初始化、在隐藏层中用 ReLU 代替 sigmoid 或 tanh、减少层数，或使用 Adam 优化器。</translation>
    </message>
    <message>
        <source>Try a smaller learning rate, e.g. a third of it, or learning-rate decay.</source>
        <translation>可以尝试更小的学习率（例如现在的三分之一），或学习率衰减。</translation>
    </message>
    <message>
        <source>No problems found: no dead layer, no saturated output, the gradients reach the first layer and the cost is not rising.</source>
        <translation>没有发现问题：没有死亡的层，输出没有饱和，梯度能到达第一层，代价也没有上升。</translation>
    </message>
</context>
<context>
    <name>layerlab::GradientCheckDialog</name>
    <message>
        <source>Checking…</source>
        <translation>正在检验…</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Good: below 10⁻⁷ — backpropagation agrees with central differences</source>
        <translation>良好：低于 10⁻⁷ —— 反向传播与中心差分一致</translation>
    </message>
    <message>
        <source>Acceptable: between 10⁻⁷ and 10⁻⁵ — probably right; a ReLU kink near a checked weight can cause this, so look at the layer with the largest difference</source>
        <translation>可接受：介于 10⁻⁷ 与 10⁻⁵ 之间 —— 很可能正确；被检查的权重附近的 ReLU 折点可能导致这种情况，请查看差值最大的层</translation>
    </message>
    <message>
        <source>Suspicious: above 10⁻⁵ — backpropagation very likely has a bug; look first at the layer nearest the output with a large difference</source>
        <translation>可疑：高于 10⁻⁵ —— 反向传播很可能有错误；请先查看离输出最近、差值较大的层</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <source>Compares backpropagation&apos;s gradients dW[l] and db[l] with central differences (J(θ + ε) − J(θ − ε)) / 2ε, ε = 10⁻⁷, on the first %1 training examples, at most %2 elements of each W[l] and b[l]: the same check as layerlab gradcheck.</source>
        <translation>在前 %1 个训练样本上，把反向传播得到的梯度 dW[l] 和 db[l] 与中心差分 (J(θ + ε) − J(θ − ε)) / 2ε（ε = 10⁻⁷）比较，每个 W[l] 和 b[l] 最多检查 %2 个元素：与 layerlab gradcheck 的检验相同。</translation>
    </message>
    <message>
        <source>What the gradient check does</source>
        <translation>梯度检验做什么</translation>
    </message>
    <message>
        <source>Check gradients</source>
        <translation>检验梯度</translation>
    </message>
    <message>
        <source>Run the gradient check on the current network (Enter)</source>
        <translation>对当前网络运行梯度检验（Enter）</translation>
    </message>
    <message>
        <source>Gradient check running</source>
        <translation>梯度检验正在运行</translation>
    </message>
    <message>
        <source>Gradient check status</source>
        <translation>梯度检验状态</translation>
    </message>
    <message>
        <source>Relative difference per layer</source>
        <translation>每层的相对差值</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <translation>相对差值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Overall difference ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂) over every checked parameter:</source>
        <translation>所有被检查参数的总体差值 ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂)：</translation>
    </message>
    <message>
        <source>Overall difference formula</source>
        <translation>总体差值公式</translation>
    </message>
    <message>
        <source>Overall difference</source>
        <translation>总体差值</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checked %1 of %2 parameters on the first %3 training examples in %4 s.</source>
        <translation>在前 %3 个训练样本上检查了 %2 个参数中的 %1 个，用时 %4 秒。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>layerlab::GradientCheckJob</name>
    <message>
        <source>there is no network or data set to check: open a data set and set up a network first</source>
        <translation>没有可检查的网络或数据集：请先打开一个数据集并设置网络</translation>
    </message>
    <message>
        <source>the data set has no training examples to check on: open one that has</source>
        <translation>该数据集没有可供检查的训练样本：请打开一个含有训练样本的数据集</translation>
    </message>
    <message>
        <source>use fewer or smaller hidden layers</source>
        <translation>请使用更少或更小的隐藏层</translation>
    </message>
    <message>
        <source>not enough memory for the gradient check: use fewer or smaller layers</source>
        <translation>内存不足，无法进行梯度检验：请使用更少或更小的层</translation>
    </message>
</context>
<context>
    <name>layerlab::GradientCheckPlan</name>
    <message>
        <source>checking %1 of %2 parameters on %3 examples would take about %4 multiply-adds (2 forward passes per parameter; the limit is %5, about a minute): %6</source>
        <translation>检查 %3 个样本上 %2 个参数中的 %1 个大约需要 %4 次乘加运算（每个参数 2 次前向传播；上限是 %5，约一分钟）：%6</translation>
    </message>
</context>
<context>
    <name>layerlab::HistogramWidget</name>
    <message>
        <source>%1: %2 values from %3 to %4</source>
        <translation>%1：%2 个值，从 %3 到 %4</translation>
    </message>
</context>
<context>
    <name>layerlab::HyperparameterPanel</name>
    <message>
        <source>Step size α of gradient descent: W := W − α·dW.
Takes effect from the next iteration, also while training.</source>
        <translation>梯度下降的步长 α：W := W − α·dW。
从下一次迭代起生效，训练中也可修改。</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, from 0.00001 to 10</source>
        <translation>对数刻度的学习率，从 0.00001 到 10</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Notebook: randn / √n[l−1]</source>
        <translation>课程笔记本：randn / √n[l−1]</translation>
    </message>
    <message>
        <source>He: randn · √(2 / n[l−1])</source>
        <translation>He：randn · √(2 / n[l−1])</translation>
    </message>
    <message>
        <source>Xavier: randn · √(2 / (n[l−1] + n[l]))</source>
        <translation>Xavier：randn · √(2 / (n[l−1] + n[l]))</translation>
    </message>
    <message>
        <source>Small: randn · 0.01</source>
        <translation>小随机数：randn · 0.01</translation>
    </message>
    <message>
        <source>How the weights W[l] start; b[l] starts at 0</source>
        <translation>权重 W[l] 的初始值；偏置 b[l] 从 0 开始</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights, so runs can be compared</source>
        <translation>相同的种子给出相同的初始权重，便于比较多次训练</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>float64 (double)</source>
        <translation>float64（双精度）</translation>
    </message>
    <message>
        <source>float32 (faster)</source>
        <translation>float32（更快）</translation>
    </message>
    <message>
        <source>Number format of the training arithmetic</source>
        <translation>训练运算使用的数值格式</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>How many gradient-descent iterations a run makes.
Raise it after a run finished and press F5 to continue.</source>
        <translation>一次训练做多少次梯度下降迭代。
训练结束后调大它并按 F5 可以继续训练。</translation>
    </message>
    <message>
        <source>Weights from %1</source>
        <translation>权重来自 %1</translation>
    </message>
    <message>
        <source>Fresh runs (Reset, Train after Stop) start from the weights in %1; pick an initialiser to draw them instead</source>
        <translation>新的训练（重置、停止后再训练）从 %1 中的权重开始；选择一种初始化方法则改为随机生成</translation>
    </message>
    <message>
        <source>The weights come from %1, not from a seed</source>
        <translation>权重来自 %1，而不是来自种子</translation>
    </message>
    <message>
        <source>Stop training (Shift+F5) or reset the weights (Ctrl+R) to change this</source>
        <translation>停止训练（Shift+F5）或重置权重（Ctrl+R）后才能修改</translation>
    </message>
    <message>
        <source>Mini-batch runs last the epochs set under Optimisation</source>
        <translation>小批量训练的长度由“优化”中设置的轮次决定</translation>
    </message>
    <message>
        <source>learning rate &apos;%1&apos; is not a number: type e.g. 0.0075</source>
        <translation>学习率“%1”不是数字：请输入例如 0.0075</translation>
    </message>
    <message>
        <source>Learning rate slider</source>
        <translation>学习率滑块</translation>
    </message>
</context>
<context>
    <name>layerlab::ImageFolderReader</name>
    <message numerus="yes">
        <source>%1: skipped %n file(s) or folder(s) whose names are not valid UTF-8; rename them (e.g. with convmv) to read them</source>
        <translation>
            <numerusform>%1：跳过了 %n 个名称不是有效 UTF-8 的文件或文件夹；请重命名（例如用 convmv）后再读取</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped, not a readable image (%2)</source>
        <translation>%1：已跳过，不是可读的图像（%2）</translation>
    </message>
    <message>
        <source>%1: skipped, it is %2, not a picture file</source>
        <translation>%1：已跳过，它是 %2，不是图片文件</translation>
    </message>
    <message>
        <source>… and %1 more unreadable files skipped</source>
        <translation>…… 另有 %1 个无法读取的文件被跳过</translation>
    </message>
</context>
<context>
    <name>layerlab::InsidePanel</name>
    <message>
        <source>Diagram</source>
        <translation>网络图</translation>
    </message>
    <message>
        <source>The layers and their links, coloured by weight</source>
        <translation>各层及其连接，按权重着色</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Each unit&apos;s weights as a picture</source>
        <translation>每个单元的权重显示为一张图像</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Histograms, gradient sizes and findings in plain words</source>
        <translation>直方图、梯度大小和用平实语言写出的诊断</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>One example through the network, saliency and the glass-box neuron</source>
        <translation>一个样本穿过网络的过程、显著性和玻璃盒神经元</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>Layer health</source>
        <translation>各层健康状况</translation>
    </message>
    <message>
        <source>One example through the network</source>
        <translation>一个样本穿过网络</translation>
    </message>
</context>
<context>
    <name>layerlab::KnownDataSets</name>
    <message>
        <source>Shapes: circle vs square</source>
        <translation>形状：圆形 vs 方形</translation>
    </message>
    <message>
        <source>Built in, no file needed: %1 training and %2 test pictures, 32×32 RGB</source>
        <translation>内置，无需文件：%1 张训练图片和 %2 张测试图片，32×32 RGB</translation>
    </message>
    <message>
        <source>Shapes: five shapes</source>
        <translation>形状：五种形状</translation>
    </message>
    <message>
        <source>Built in: %1 training and %2 test pictures, 32×32 RGB; needs one output per class</source>
        <translation>内置：%1 张训练图片和 %2 张测试图片，32×32 RGB；每类需要一个输出</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Zalando&apos;s clothing pictures: 60000 training and 10000 test, 28×28 grayscale, 10 classes (pick 2, e.g. Sneaker and Ankle boot, for one sigmoid output)</source>
        <translation>Zalando 的服装图片：60000 张训练、10000 张测试，28×28 灰度，10 个类别（选 2 类，例如 Sneaker 和 Ankle boot，可用一个 sigmoid 输出）</translation>
    </message>
    <message>
        <source>Course: cat vs non-cat</source>
        <translation>课程：猫 vs 非猫</translation>
    </message>
    <message>
        <source>The deeplearning.ai course&apos;s 209 training and 50 test photos, 64×64 RGB</source>
        <translation>deeplearning.ai 课程的 209 张训练照片和 50 张测试照片，64×64 RGB</translation>
    </message>
</context>
<context>
    <name>layerlab::LayerHealthView</name>
    <message>
        <source>Findings</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per layer&lt;/b&gt;: weights W[l], activations A[l] and gradients dW[l] on the measured training images</source>
        <translation>&lt;b&gt;每一层&lt;/b&gt;：在所测训练图像上的权重 W[l]、激活 A[l] 和梯度 dW[l]</translation>
    </message>
    <message>
        <source>Gradient size ‖dW[l]‖ / ‖W[l]‖</source>
        <translation>梯度大小 ‖dW[l]‖ / ‖W[l]‖</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>每一层的梯度大小</translation>
    </message>
    <message>
        <source>How far one step moves each layer&apos;s weights relative to their size; a first layer far below the others means vanishing gradients</source>
        <translation>一步更新让每一层的权重相对其大小移动多少；第一层远低于其他层意味着梯度消失</translation>
    </message>
    <message>
        <source>&amp;Check gradients…</source>
        <translation>检查梯度(&amp;C)…</translation>
    </message>
    <message>
        <source>Check gradients</source>
        <translation>检查梯度</translation>
    </message>
    <message>
        <source>Compare backpropagation&apos;s gradients with central differences on the current weights (the course&apos;s gradient check)</source>
        <translation>在当前权重上把反向传播的梯度与中心差分比较（课程中的梯度检验）</translation>
    </message>
    <message>
        <source>Train or step once to see how each layer is doing.</source>
        <translation>训练或单步执行一次，即可看到每一层的状况。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Layer %1&lt;/b&gt;&lt;br&gt;%2, %n units</source>
        <translation>
            <numerusform>&lt;b&gt;第 %1 层&lt;/b&gt;&lt;br&gt;%2，%n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <source>dead: %1</source>
        <translation>死亡：%1</translation>
    </message>
</context>
<context>
    <name>layerlab::LessonLocks</name>
    <message>
        <source>Locked by the lesson (Close lesson unlocks it)</source>
        <translation>被课程锁定（“关闭课程”即可解锁）</translation>
    </message>
</context>
<context>
    <name>layerlab::LessonPanel</name>
    <message>
        <source>What the lesson asks</source>
        <translation>课程的要求</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <source>Put the lesson&apos;s network and settings back, from its start</source>
        <translation>恢复课程的网络和设置，从头开始</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Unlock and show every control again</source>
        <translation>解锁并重新显示所有控件</translation>
    </message>
</context>
<context>
    <name>layerlab::LoadedData</name>
    <message>
        <source>grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 个通道</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test images, %4×%5 %6 (%7 values each), %8 classes</source>
        <translation>%1：%2 张训练图像和 %3 张测试图像，%4×%5 %6（每张 %7 个值），%8 个类别</translation>
    </message>
    <message>
        <source>training: %1</source>
        <translation>训练集：%1</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>测试集：%1</translation>
    </message>
    <message>
        <source>standardised per feature with the training mean and deviation</source>
        <translation>已用训练集的均值和标准差逐特征标准化</translation>
    </message>
    <message>
        <source>%n unreadable file(s) skipped</source>
        <translation>跳过了 %n 个无法读取的文件</translation>
    </message>
    <message>
        <source>%1 of each class</source>
        <translation>每类 %1 张</translation>
    </message>
</context>
<context>
    <name>layerlab::MainWindow</name>
    <message>
        <source>LayerLab</source>
        <translation>LayerLab</translation>
    </message>
    <message>
        <source>LayerLab — %1</source>
        <translation>LayerLab — %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No data set loaded&lt;/h2&gt;&lt;p&gt;Open one with &lt;b&gt;File ▸ Open data set…&lt;/b&gt; (Ctrl+O):&lt;br&gt;a course .h5 file such as &lt;i&gt;train_catvnoncat.h5&lt;/i&gt;, or a folder holding &lt;i&gt;train_*.h5&lt;/i&gt; and &lt;i&gt;test_*.h5&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Or start LayerLab with a path: &lt;code&gt;layerlab PATH&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;尚未载入数据集&lt;/h2&gt;&lt;p&gt;用 &lt;b&gt;文件 ▸ 打开数据集…&lt;/b&gt;（Ctrl+O）打开一个：&lt;br&gt;课程的 .h5 文件，例如 &lt;i&gt;train_catvnoncat.h5&lt;/i&gt;，或包含 &lt;i&gt;train_*.h5&lt;/i&gt; 和 &lt;i&gt;test_*.h5&lt;/i&gt; 的文件夹。&lt;/p&gt;&lt;p&gt;也可以带路径启动 LayerLab：&lt;code&gt;layerlab PATH&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Ready: press F5 to train</source>
        <translation>就绪：按 F5 开始训练</translation>
    </message>
    <message>
        <source>Cannot train this network</source>
        <translation>无法训练这个网络</translation>
    </message>
    <message>
        <source>Starting a new run</source>
        <translation>开始新的训练</translation>
    </message>
    <message>
        <source>Cannot reset the weights</source>
        <translation>无法重置权重</translation>
    </message>
    <message>
        <source>Resetting the weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>HDF5 models (*.h5)</source>
        <translation>HDF5 模型 (*.h5)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Stop training (Shift+F5) to change the network</source>
        <translation>停止训练（Shift+F5）后才能修改网络</translation>
    </message>
    <message>
        <source>Cannot open data set</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Loaded the model %1: press F5 to train on from its weights</source>
        <translation>已载入模型 %1：按 F5 从它的权重继续训练</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Saved the weights of iteration %1 to %2</source>
        <translation>已把第 %1 次迭代的权重保存到 %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>无法导出历史</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cannot re-run run %1</source>
        <translation>无法重新运行第 %1 次运行</translation>
    </message>
    <message>
        <source>Run %1 trained on %2 inputs; this data set has %3 per example. Open the data set it trained on.</source>
        <translation>第 %1 次运行的输入有 %2 个；这个数据集每个样本有 %3 个。请打开它当时训练用的数据集。</translation>
    </message>
    <message>
        <source>Re-running run %1</source>
        <translation>重新运行第 %1 次运行</translation>
    </message>
    <message>
        <source>Run %1 continued from run %2, whose weights are no longer in the history. Untick &quot;from the same initial weights&quot; to re-run it from its initialiser.</source>
        <translation>第 %1 次运行接着第 %2 次运行训练，而后者的权重已不在运行记录里。取消勾选“从相同的初始权重开始”，即可用它的初始化方法重新运行。</translation>
    </message>
    <message>
        <source>%1

Its network and settings are in the editor; it starts from the initialiser instead.</source>
        <translation>%1

它的网络和设置已放进编辑器；将改为从初始化方法生成的权重开始。</translation>
    </message>
    <message>
        <source>Run %1&apos;s network and settings are in the editor, from the same initial weights: press F5 to train it again</source>
        <translation>第 %1 次运行的网络和设置已放进编辑器，使用相同的初始权重：按 F5 再训练一次</translation>
    </message>
    <message>
        <source>Run %1&apos;s network and settings are in the editor, with the new seed %2: press F5 to train</source>
        <translation>第 %1 次运行的网络和设置已放进编辑器，使用新的种子 %2：按 F5 开始训练</translation>
    </message>
    <message>
        <source>Cannot branch from run %1</source>
        <translation>无法从第 %1 次运行分支</translation>
    </message>
    <message>
        <source>Branching from run %1</source>
        <translation>从第 %1 次运行分支</translation>
    </message>
    <message>
        <source>Training goes on from run %1&apos;s final weights: change the learning rate or the options, then press F5</source>
        <translation>将从第 %1 次运行的最终权重继续训练：修改学习率或选项，然后按 F5</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Where are the course&apos;s files (train_catvnoncat.h5 and test_catvnoncat.h5)?</source>
        <translation>课程的文件（train_catvnoncat.h5 和 test_catvnoncat.h5）在哪里？</translation>
    </message>
    <message>
        <source>The lesson “%1” trains on the course&apos;s cat photos, and no train_catvnoncat.h5 was found. Open the folder that holds it.</source>
        <translation>课程“%1”用课程里的猫图训练，但没有找到 train_catvnoncat.h5。请打开存放它的文件夹。</translation>
    </message>
    <message>
        <source>Opening the lesson “%1”…</source>
        <translation>正在打开课程“%1”…</translation>
    </message>
    <message>
        <source>Cannot start the lesson</source>
        <translation>无法开始课程</translation>
    </message>
    <message>
        <source>The lesson&apos;s network takes %1 inputs; its data set has %2 per example. Correct &quot;layers&quot; in the lesson file.</source>
        <translation>课程的网络需要 %1 个输入；它的数据集每个样本有 %2 个。请修改课程文件中各层的 &quot;layers&quot;。</translation>
    </message>
    <message>
        <source>Lesson “%1”: press F5 to train</source>
        <translation>课程“%1”：按 F5 开始训练</translation>
    </message>
    <message>
        <source>Cannot save lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <source>Saved the lesson “%1” to %2</source>
        <translation>已把课程“%1”保存到 %2</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>LayerLab lessons (*.layerlab)</source>
        <translation>LayerLab 课程 (*.layerlab)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>The lesson&apos;s title:</source>
        <translation>课程标题：</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>What the students should try (shown above the chart):</source>
        <translation>学生应该尝试什么（显示在图表上方）：</translation>
    </message>
    <message>
        <source>Starting the lesson over</source>
        <translation>从头开始课程</translation>
    </message>
</context>
<context>
    <name>layerlab::MainWindowActions</name>
    <message>
        <source>About LayerLab</source>
        <translation>关于 LayerLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LayerLab %1&lt;/h3&gt;&lt;p&gt;Build and train deep neural networks without a framework, visually: the deeplearning.ai course&apos;s L-layer network on your own data.&lt;/p&gt;&lt;p&gt;C++20, Qt 6, Armadillo, HDF5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LayerLab %1&lt;/h3&gt;&lt;p&gt;不用框架、可视化地搭建和训练深度神经网络：在你自己的数据上运行 deeplearning.ai 课程的 L 层网络。&lt;/p&gt;&lt;p&gt;C++20、Qt 6、Armadillo、HDF5。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train, or resume a paused run</source>
        <translation>训练，或继续已暂停的训练</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training after the current iteration</source>
        <translation>在当前迭代结束后暂停训练</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>End this run; the weights stay for saving and predictions</source>
        <translation>结束这次训练；权重保留，可用于保存和预测</translation>
    </message>
    <message>
        <source>Run one iteration, then pause</source>
        <translation>运行一次迭代后暂停</translation>
    </message>
    <message>
        <source>Draw fresh weights from the initialiser and seed</source>
        <translation>用初始化方法和种子重新生成权重</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit LayerLab</source>
        <translation>退出 LayerLab</translation>
    </message>
    <message>
        <source>&amp;Open data set…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a ready data set, an image folder, an IDX folder or a course .h5</source>
        <translation>打开现成的数据集、图片文件夹、IDX 文件夹或课程 .h5 文件</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Start from weights saved in an HDF5 model</source>
        <translation>从 HDF5 模型中保存的权重开始</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the current weights as an HDF5 model</source>
        <translation>把当前权重保存为 HDF5 模型</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>导出图表为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the cost chart as a picture</source>
        <translation>把代价曲线图保存为图片</translation>
    </message>
    <message>
        <source>Export &amp;history as CSV…</source>
        <translation>导出历史为 CSV(&amp;H)…</translation>
    </message>
    <message>
        <source>Save every iteration&apos;s cost and the accuracies</source>
        <translation>保存每次迭代的代价和准确率</translation>
    </message>
    <message>
        <source>&amp;Log-scale cost</source>
        <translation>对数刻度代价(&amp;L)</translation>
    </message>
    <message>
        <source>Show the cost on a logarithmic axis</source>
        <translation>用对数坐标显示代价</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text, high contrast and thick lines, for a projector</source>
        <translation>全屏、大字、高对比度、粗线条，适合投影仪</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>关于 LayerLab(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
        <source>Classify the picture on the clipboard with the current network</source>
        <translation>用当前网络对剪贴板中的图片分类</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (%1)</source>
        <translation>跟随系统语言（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;T)</translation>
    </message>
    <message>
        <source>Fix the network first: %1</source>
        <translation>请先修正网络：%1</translation>
    </message>
    <message>
        <source>St&amp;ep</source>
        <translation>单步(&amp;E)</translation>
    </message>
    <message>
        <source>Reset &amp;weights</source>
        <translation>重置权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Explain the focused control</source>
        <translation>解释当前控件(&amp;E)</translation>
    </message>
    <message>
        <source>What the control with the keyboard focus means, in the course&apos;s terms</source>
        <translation>用课程的术语解释拥有键盘焦点的控件</translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation>概念(&amp;C)…</translation>
    </message>
    <message>
        <source>Every explanation: shapes, cost, accuracy, hyperparameters and options, searchable</source>
        <translation>全部解释：形状、代价、准确率、超参数和选项，可搜索</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>这是什么(&amp;T)？</translation>
    </message>
    <message>
        <source>Click any control or number to have it explained</source>
        <translation>点击任意控件或数字，查看它的解释</translation>
    </message>
    <message>
        <source>&amp;Colour-blind-safe colours</source>
        <translation>色盲友好配色(&amp;C)</translation>
    </message>
    <message>
        <source>Blue for right and orange for wrong, and chart colours told apart by every kind of colour vision</source>
        <translation>蓝色表示正确、橙色表示错误，图表的颜色对各种色觉都能区分</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Inside the network</source>
        <translation>网络内部(&amp;I)</translation>
    </message>
    <message>
        <source>The network diagram, weights as pictures, layer health and one example followed through the network</source>
        <translation>网络图、权重图像、各层健康状况，以及一个样本在网络中的完整计算</translation>
    </message>
    <message>
        <source>Check &amp;gradients…</source>
        <translation>检查梯度(&amp;G)…</translation>
    </message>
    <message>
        <source>Compare backpropagation&apos;s gradients with central differences on the current weights (the course&apos;s gradient check)</source>
        <translation>在当前权重上把反向传播的梯度与中心差分比较（课程中的梯度检验）</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a lesson a teacher prepared: its data, network, settings and question</source>
        <translation>打开老师准备的课程：数据、网络、设置和问题</translation>
    </message>
    <message>
        <source>Sa&amp;ve lesson…</source>
        <translation>保存课程(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the data set, network, settings and overlaid runs as a lesson to hand out</source>
        <translation>把数据集、网络、设置和叠加的运行保存为课程，分发给学生</translation>
    </message>
    <message>
        <source>R&amp;un history</source>
        <translation>运行记录(&amp;U)</translation>
    </message>
    <message>
        <source>Every recorded run on this data set: compare them, overlay them on the chart, re-run or branch one</source>
        <translation>这个数据集上记录的每一次运行：比较它们、叠加到图表上、重新运行或分支</translation>
    </message>
    <message>
        <source>Remove o&amp;verlaid runs</source>
        <translation>移除叠加的运行(&amp;V)</translation>
    </message>
    <message>
        <source>Take the past runs off the chart, leaving the live one</source>
        <translation>把过去的运行从图表上移除，只留下当前的运行</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Sweep o&amp;ver settings…</source>
        <translation>扫描设置(&amp;V)…</translation>
    </message>
    <message>
        <source>Train many runs at once, one per core, over learning rates, layers, batch sizes and more, and compare them</source>
        <translation>同时训练多次运行（每个核心一次），遍历学习率、层、批量大小等设置，并比较结果</translation>
    </message>
</context>
<context>
    <name>layerlab::NetworkDiagramView</name>
    <message>
        <source>Network diagram</source>
        <translation>网络图</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>W[%1](%2, %3) = %4: the weight from unit %3 of layer %5 to unit %2 of layer %1</source>
        <translation>W[%1](%2, %3) = %4：从第 %5 层单元 %3 到第 %1 层单元 %2 的权重</translation>
    </message>
    <message>
        <source>Input feature %1: x = %2</source>
        <translation>输入特征 %1：x = %2</translation>
    </message>
    <message>
        <source>Input feature %1</source>
        <translation>输入特征 %1</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>第 %1 层，单元 %2</translation>
    </message>
    <message>
        <source>Layer %1, unit %2: z = %3, a = %4 for the followed example. Click to open its arithmetic.</source>
        <translation>第 %1 层，单元 %2：对被跟踪的样本 z = %3，a = %4。点击即可查看它的计算过程。</translation>
    </message>
    <message>
        <source>%1. Arrow keys choose a unit, Enter opens its arithmetic. %2</source>
        <translation>%1。方向键选择单元，回车键查看它的计算过程。%2</translation>
    </message>
</context>
<context>
    <name>layerlab::NetworkPanel</name>
    <message>
        <source>No data set</source>
        <translation>没有数据集</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 training · %3 test images · %4×%5×%6&lt;br&gt;classes: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 张训练图像 · %3 张测试图像 · %4×%5×%6&lt;br&gt;类别：%7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 条</translation>
    </message>
</context>
<context>
    <name>layerlab::ParallelCoordinatesView</name>
    <message>
        <source>No range selected: drag along an axis to select runs.</source>
        <translation>未选择范围：沿某条坐标轴拖动即可选择运行。</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1 of %2 runs selected: %3 (Escape clears)</source>
        <translation>已选择 %2 次运行中的 %1 次：%3（按 Esc 清除）</translation>
    </message>
    <message>
        <source>The runs appear here as they finish: one line per run through its settings and its result.</source>
        <translation>运行完成后会显示在这里：每次运行一条线，穿过它的设置和结果。</translation>
    </message>
</context>
<context>
    <name>layerlab::PredictionDialog</name>
    <message>
        <source>Test image %1: %2</source>
        <translation>测试图像 %1：%2</translation>
    </message>
    <message>
        <source>not predicted yet</source>
        <translation>尚未预测</translation>
    </message>
    <message>
        <source>a %1 — train to see a prediction</source>
        <translation>实际为 %1 — 训练后可看到预测</translation>
    </message>
    <message>
        <source>predicted %1 — right</source>
        <translation>预测为 %1 — 正确</translation>
    </message>
    <message>
        <source>predicted %1 — wrong, it is a %2</source>
        <translation>预测为 %1 — 错误，实际是 %2</translation>
    </message>
</context>
<context>
    <name>layerlab::PredictionGallery</name>
    <message>
        <source>&amp;Misclassified only</source>
        <translation>只看分错的(&amp;M)</translation>
    </message>
    <message>
        <source>Show only the test images the network gets wrong</source>
        <translation>只显示网络分错的测试图像</translation>
    </message>
    <message>
        <source>Show &amp;all test images</source>
        <translation>显示全部测试图像(&amp;A)</translation>
    </message>
    <message>
        <source>Undo the confusion-matrix filter and show every test image</source>
        <translation>取消混淆矩阵的筛选，显示每一张测试图像</translation>
    </message>
    <message>
        <source>actual %1, predicted %2</source>
        <translation>实际 %1，预测 %2</translation>
    </message>
    <message>
        <source>No test images</source>
        <translation>没有测试图像</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) — train to see predictions</source>
        <translation>
            <numerusform>%n 张测试图像 — 训练后可看到预测</numerusform>
        </translation>
    </message>
    <message>
        <source>Test set: %1 of %2 right (%3 %)</source>
        <translation>测试集：%2 张中对了 %1 张（%3 %）</translation>
    </message>
    <message>
        <source> · showing %1 (%2)</source>
        <translation> · 显示 %1 张（%2）</translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation> · 显示 %1 张</translation>
    </message>
    <message>
        <source>Test images and their predictions</source>
        <translation>测试图片及其预测</translation>
    </message>
    <message>
        <source>The arrow keys move between the images; Enter opens one large with every class&apos;s probability.</source>
        <translation>方向键在图片之间移动；Enter 放大打开一张，并显示每个类别的概率。</translation>
    </message>
</context>
<context>
    <name>layerlab::PredictionModel</name>
    <message>
        <source>Test image %1: a %2, predicted %3 (%4 %)</source>
        <translation>测试图像 %1：实际 %2，预测 %3（%4 %）</translation>
    </message>
    <message>
        <source>Test image %1: a %2</source>
        <translation>测试图像 %1：实际 %2</translation>
    </message>
    <message>
        <source>Test image %1: %2, not predicted yet</source>
        <translation>测试图片 %1：%2，尚未预测</translation>
    </message>
    <message>
        <source>Test image %1: %2, predicted %3, %4 %, right</source>
        <translation>测试图片 %1：%2，预测为 %3，%4 %，正确</translation>
    </message>
    <message>
        <source>Test image %1: %2, predicted %3, %4 %, wrong</source>
        <translation>测试图片 %1：%2，预测为 %3，%4 %，错误</translation>
    </message>
</context>
<context>
    <name>layerlab::PredictionPanel</name>
    <message>
        <source>Drop or paste pictures to see what the network makes of them.</source>
        <translation>拖入或粘贴图片，看看网络怎么判断它们。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the dropped pictures</source>
        <translation>移除拖入的图片</translation>
    </message>
    <message>
        <source>%1: not a readable picture (%2)</source>
        <translation>%1：不是可读的图片（%2）</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>open a data set to classify it</source>
        <translation>打开数据集后才能分类</translation>
    </message>
    <message>
        <source>not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>%1  %2 %</source>
        <translation>%1  %2 %</translation>
    </message>
    <message>
        <source>Cannot classify the pictures: %1</source>
        <translation>无法分类这些图片：%1</translation>
    </message>
    <message numerus="yes">
        <source>What the current network makes of each picture (%n shown, newest first).</source>
        <translation>
            <numerusform>当前网络对每张图片的判断（显示 %n 张，最新的在前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear your pictures</source>
        <translation>清除你的图片</translation>
    </message>
    <message>
        <source>Your pictures and their predictions</source>
        <translation>你的图片及其预测</translation>
    </message>
    <message>
        <source>Drop or paste pictures (Ctrl+V) to add them</source>
        <translation>拖放或粘贴图片（Ctrl+V）即可添加</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>看看内部</translation>
    </message>
    <message>
        <source>Look inside: %1</source>
        <translation>看看内部：%1</translation>
    </message>
    <message>
        <source>Follow this picture through the network (Inside ▸ Example)</source>
        <translation>跟踪这张图片穿过网络（内部 ▸ 样本）</translation>
    </message>
</context>
<context>
    <name>layerlab::RunComparison</name>
    <message>
        <source>data_hash: %1 → %2 (the same name, other contents)</source>
        <translation>data_hash：%1 → %2（名称相同，内容不同）</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
</context>
<context>
    <name>layerlab::RunController</name>
    <message>
        <source>Open a data set first: a model is trained and shown on one</source>
        <translation>请先打开数据集：模型要在数据集上训练和显示</translation>
    </message>
    <message>
        <source>There are no weights yet: train or step first</source>
        <translation>还没有权重：请先训练或单步运行</translation>
    </message>
    <message>
        <source>Open a data set first: a run is continued on one</source>
        <translation>请先打开数据集：运行要在数据集上继续</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>run %1&apos;s final weights</source>
        <translation>运行 %1 的最终权重</translation>
    </message>
</context>
<context>
    <name>layerlab::RunWeights</name>
    <message>
        <source>the run&apos;s kept weights hold %1 values where its network %2 has %3 parameters: the record is damaged; re-run it instead</source>
        <translation>这次运行保存的权重有 %1 个值，而它的网络 %2 有 %3 个参数：记录已损坏；请改为重新运行</translation>
    </message>
</context>
<context>
    <name>layerlab::RunsPanel</name>
    <message>
        <source>Delete run %1</source>
        <translation>删除运行 %1</translation>
    </message>
    <message>
        <source>Forget run %1, its curves and weights? This cannot be undone.</source>
        <translation>删除运行 %1 及其曲线和权重？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Run %1 kept no final weights (a diverged run, or a network over a million parameters): re-run it instead</source>
        <translation>运行 %1 没有保存最终权重（发散的运行，或网络参数超过一百万）：请改为重新运行</translation>
    </message>
    <message>
        <source>Train on from this run&apos;s final weights with the settings in the editor; the new run remembers which run it came from</source>
        <translation>用编辑器中的设置，从这次运行的最终权重继续训练；新的运行会记住它来自哪一次运行</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>无法读取运行记录：%1</translation>
    </message>
    <message>
        <source>Open a data set to see its runs.</source>
        <translation>打开一个数据集，查看它的运行记录。</translation>
    </message>
    <message>
        <source>No runs on this data set yet: press F5 to train one. Every run is kept here.</source>
        <translation>这个数据集上还没有运行：按 F5 训练一次。每次运行都会保存在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) on this data set. Tick runs to overlay them on the chart.</source>
        <translation>
            <numerusform>这个数据集上有 %n 次运行。勾选运行即可叠加到图表上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter runs: a setting&apos;s value, a state, a note…</source>
        <translation>筛选运行：设置的值、状态、备注…</translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation>筛选运行</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>已记录的运行</translation>
    </message>
    <message>
        <source>One row per run on this data set: the settings that differ, how it ended, its accuracies, cost, time and note. Space ticks the run to overlay it on the chart.</source>
        <translation>这个数据集上每次运行一行：不同的设置、结束方式、准确率、代价、时间和备注。按空格键勾选运行，把它叠加到图表上。</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>重新运行(&amp;U)</translation>
    </message>
    <message>
        <source>Put this run&apos;s network and settings back in the editor</source>
        <translation>把这次运行的网络和设置放回编辑器</translation>
    </message>
    <message>
        <source>from the same initial weights</source>
        <translation>从相同的初始权重开始</translation>
    </message>
    <message>
        <source>Keep the run&apos;s seed (or its weights file), so the re-run starts exactly where it started; untick for a new seed</source>
        <translation>保留这次运行的种子（或权重文件），让重新运行从完全相同的起点开始；取消勾选则使用新的种子</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Forget this run</source>
        <translation>删除这次运行</translation>
    </message>
</context>
<context>
    <name>layerlab::RunsTableModel</name>
    <message>
        <source>Overlay run %1 on the chart</source>
        <translation>把运行 %1 叠加到图表上</translation>
    </message>
    <message>
        <source>from the %1</source>
        <translation>来自%1</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>early-stopped</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a note</source>
        <translation>双击或按 F2 写备注</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Tick to overlay the run on the chart</source>
        <translation>勾选即可把运行叠加到图表上</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The run&apos;s number</source>
        <translation>运行的编号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>%1: a setting that differs between these runs</source>
        <translation>%1：这些运行之间不同的设置</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>How long it trained</source>
        <translation>训练用了多久</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>layerlab::SpeedControl</name>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>Iterations per second, from slow motion (2 a second, every step drawn) to full speed; it changes a running run too. Arrow keys and Page Up/Down move it</source>
        <translation>每秒迭代次数，从慢动作（每秒 2 次，每一步都画出）到全速；对正在进行的训练也有效。可用方向键和 Page Up/Down 调节</translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation>训练速度值</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation>%1 次/秒</translation>
    </message>
</context>
<context>
    <name>layerlab::SweepDialog</name>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>there is no data set to sweep: open one first</source>
        <translation>没有可扫描的数据集：请先打开一个</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>第 %1 / %2 次运行</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Trains a grid of runs side by side and compares them: a table, a scatter and parallel coordinates of the results.</source>
        <translation>并行训练一组网格化的运行并比较它们：结果以表格、散点图和平行坐标图显示。</translation>
    </message>
    <message>
        <source>Data set %1: %2 training examples of %3 features, %4 test examples. Each axis takes what layerlab sweep takes.</source>
        <translation>数据集 %1：%2 个训练样本，每个 %3 个特征；%4 个测试样本。每个坐标轴的写法与 layerlab sweep 相同。</translation>
    </message>
    <message>
        <source>No data set is open.</source>
        <translation>没有打开数据集。</translation>
    </message>
    <message>
        <source>Data set of the sweep</source>
        <translation>扫描所用的数据集</translation>
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>A list 0.01,0.03, or FROM:TO:logN for N rates evenly spaced on a log scale, e.g. 0.001:0.1:log5</source>
        <translation>列表如 0.01,0.03，或 FROM:TO:logN 表示在对数刻度上均匀分布的 N 个学习率，例如 0.001:0.1:log5</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>隐藏层(&amp;H)：</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Each network&apos;s hidden layer sizes, networks apart with |, e.g. 20,7,5|50|100,50 (none: no hidden layer)</source>
        <translation>每个网络的隐藏层大小，网络之间用 | 分隔，例如 20,7,5|50|100,50（none：没有隐藏层）</translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>e.g. 32,64 (0: the full batch)</source>
        <translation>例如 32,64（0：全部样本一个批量）</translation>
    </message>
    <message>
        <source>&amp;Optimisers:</source>
        <translation>优化器(&amp;O)：</translation>
    </message>
    <message>
        <source>Optimisers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>gd, momentum, rmsprop, adam, e.g. gd,adam</source>
        <translation>gd、momentum、rmsprop、adam，例如 gd,adam</translation>
    </message>
    <message>
        <source>L&amp;2 λ:</source>
        <translation>L2 λ(&amp;2)：</translation>
    </message>
    <message>
        <source>L2 λ values</source>
        <translation>L2 λ 的取值</translation>
    </message>
    <message>
        <source>λ values ≥ 0, e.g. 0,0.1,0.7</source>
        <translation>λ 取值 ≥ 0，例如 0,0.1,0.7</translation>
    </message>
    <message>
        <source>&amp;Dropout keep:</source>
        <translation>dropout 保留(&amp;D)：</translation>
    </message>
    <message>
        <source>Dropout keep probabilities</source>
        <translation>dropout 保留概率</translation>
    </message>
    <message>
        <source>Keep probabilities of every hidden layer, e.g. 1,0.8 (1: no dropout)</source>
        <translation>每个隐藏层的保留概率，例如 1,0.8（1：不用 dropout）</translation>
    </message>
    <message>
        <source>&amp;Initialisers:</source>
        <translation>初始化(&amp;I)：</translation>
    </message>
    <message>
        <source>Initialisers</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>notebook, small, he, xavier</source>
        <translation>notebook、small、he、xavier</translation>
    </message>
    <message>
        <source>First s&amp;eed:</source>
        <translation>起始种子(&amp;E)：</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>起始种子</translation>
    </message>
    <message>
        <source>The seed of each setting&apos;s first run</source>
        <translation>每组设置第一次运行的种子</translation>
    </message>
    <message>
        <source>Runs per setti&amp;ng:</source>
        <translation>每组设置的运行次数(&amp;N)：</translation>
    </message>
    <message>
        <source>Runs per setting</source>
        <translation>每组设置的运行次数</translation>
    </message>
    <message>
        <source>Each setting with seeds first, first + 1, …: the run-to-run spread</source>
        <translation>每组设置依次用种子 first、first + 1、…：看出运行之间的差异</translation>
    </message>
    <message>
        <source>Sa&amp;mple:</source>
        <translation>抽样(&amp;M)：</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <source>Train this many settings drawn at random from the grid instead of all of it</source>
        <translation>从网格中随机抽取这么多组设置来训练，而不是全部</translation>
    </message>
    <message>
        <source>Dra&amp;w seed:</source>
        <translation>抽样种子(&amp;W)：</translation>
    </message>
    <message>
        <source>Seed of the sample&apos;s draw</source>
        <translation>抽样用的种子</translation>
    </message>
    <message>
        <source>The seed of the sample&apos;s draw</source>
        <translation>抽样用的种子</translation>
    </message>
    <message>
        <source>Train &amp;for:</source>
        <translation>训练时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Training budget</source>
        <translation>训练预算</translation>
    </message>
    <message>
        <source>How long each run trains: iterations, or epochs over the training set</source>
        <translation>每次运行训练多久：迭代次数，或在训练集上的轮数</translation>
    </message>
    <message>
        <source>all of the grid</source>
        <translation>整个网格</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>次迭代</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>What the budget counts</source>
        <translation>预算按什么计算</translation>
    </message>
    <message>
        <source>Iterations, or epochs (passes over the training set)</source>
        <translation>迭代次数，或轮数（遍历训练集的次数）</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 次运行</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 次运行</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>没有运行</translation>
    </message>
    <message>
        <source>Runs in the sweep</source>
        <translation>扫描中的运行次数</translation>
    </message>
    <message>
        <source>Why the sweep is refused</source>
        <translation>扫描被拒绝的原因</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Train every run of the sweep, one per core (Enter)</source>
        <translation>训练扫描中的每次运行，每个核心一次（Enter）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>No run starts any more; the running ones stop and are recorded as stopped</source>
        <translation>不再开始新的运行；正在进行的运行会停止，并记录为已停止</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Sweep status</source>
        <translation>扫描状态</translation>
    </message>
    <message>
        <source>Cancelling: the running runs stop at their next iteration…</source>
        <translation>正在取消：进行中的运行会在下一次迭代时停止…</translation>
    </message>
    <message>
        <source>Running %1.</source>
        <translation>正在运行 %1。</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 runs ended, %3 never started. The runs that ended are recorded.</source>
        <translation>已取消：%2 次运行中有 %1 次结束，%3 次没有开始。已结束的运行都已记录。</translation>
    </message>
    <message>
        <source>Finished: %1 runs.</source>
        <translation>已完成：%1 次运行。</translation>
    </message>
    <message>
        <source>The runs were not recorded: %1</source>
        <translation>运行没有被记录：%1</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Scatte&amp;r</source>
        <translation>散点图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Parallel coordinates</source>
        <translation>平行坐标(&amp;P)</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>扫描结果</translation>
    </message>
    <message>
        <source>Sweep runs</source>
        <translation>扫描的运行</translation>
    </message>
    <message>
        <source>One row per finished run; click a header to sort</source>
        <translation>每次完成的运行一行；点击表头排序</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <source>Setting on the scatter&apos;s x axis</source>
        <translation>散点图 x 轴上的设置</translation>
    </message>
    <message>
        <source>The swept setting to plot the result against</source>
        <translation>结果要对照的扫描设置</translation>
    </message>
    <message>
        <source>Result against a setting</source>
        <translation>结果与设置的关系</translation>
    </message>
    <message>
        <source>One point per finished run: its result against the chosen setting; the square is the best run.</source>
        <translation>每次完成的运行一个点：它的结果对照所选设置；方块是最好的运行。</translation>
    </message>
    <message>
        <source>%1 against a swept setting</source>
        <translation>%1 与扫描设置的关系</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Best run</source>
        <translation>最好的运行</translation>
    </message>
    <message>
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <source>One vertical axis per swept setting and a last one for the result; each line is a run, darker for a better result. Drag along an axis to select a range of runs; the table shows only those. Escape, Delete or a double-click clears the selection; Left and Right move between axes.</source>
        <translation>每个扫描设置一条竖轴，最后一条是结果；每条线是一次运行，结果越好颜色越深。沿坐标轴拖动可选择一段范围的运行，表格只显示这些运行。按 Esc、Delete 或双击清除选择；左右方向键在坐标轴之间移动。</translation>
    </message>
    <message>
        <source>Drag along an axis to select runs; a double-click or Escape clears</source>
        <translation>沿坐标轴拖动以选择运行；双击或按 Esc 清除</translation>
    </message>
    <message>
        <source>Selected runs</source>
        <translation>已选择的运行</translation>
    </message>
    <message>
        <source>Cle&amp;ar selection</source>
        <translation>清除选择(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Show every run again (Escape)</source>
        <translation>重新显示所有运行（Esc）</translation>
    </message>
    <message>
        <source>test accuracy %1 %</source>
        <translation>测试准确率 %1 %</translation>
    </message>
    <message>
        <source>final cost %1</source>
        <translation>最终代价 %1</translation>
    </message>
    <message>
        <source>Best: run %1, %2: %3</source>
        <translation>最好：运行 %1，%2：%3</translation>
    </message>
    <message>
        <source>Best: %1: %2 (not recorded)</source>
        <translation>最好：%1：%2（未记录）</translation>
    </message>
    <message>
        <source>O&amp;verlay the best run</source>
        <translation>叠加最好的运行(&amp;V)</translation>
    </message>
    <message>
        <source>Overlay the best run</source>
        <translation>叠加最好的运行</translation>
    </message>
    <message>
        <source>Tick the best run in the Runs panel and draw its curves on the chart</source>
        <translation>在“运行记录”面板中勾选最好的运行，并在图表上画出它的曲线</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the dialog; a running sweep goes on (Esc)</source>
        <translation>关闭对话框；进行中的扫描会继续（Esc）</translation>
    </message>
</context>
<context>
    <name>layerlab::SweepPlan</name>
    <message>
        <source>--%1: &apos;%2&apos; refused: give %3</source>
        <translation>--%1：拒绝 &apos;%2&apos;：请给出 %3</translation>
    </message>
    <message>
        <source>--%1 lists &apos;%2&apos; twice: give each value once</source>
        <translation>--%1 把 &apos;%2&apos; 列了两次：每个值只给一次</translation>
    </message>
    <message>
        <source>a comma list such as 0.01,0.03, or FROM:TO:logN such as 0.001:0.1:log5 (5 rates evenly spaced on a log scale from 0.001 to 0.1)</source>
        <translation>逗号分隔的列表如 0.01,0.03，或 FROM:TO:logN 如 0.001:0.1:log5（从 0.001 到 0.1，在对数刻度上均匀分布的 5 个学习率）</translation>
    </message>
    <message>
        <source>--lr &apos;%1&apos; refused: give %2</source>
        <translation>拒绝 --lr &apos;%1&apos;：请给出 %2</translation>
    </message>
    <message>
        <source>--lr &apos;%1&apos; refused: a range needs 0 &lt; FROM &lt; TO, e.g. 0.001:0.1:log5</source>
        <translation>拒绝 --lr &apos;%1&apos;：范围需要 0 &lt; FROM &lt; TO，例如 0.001:0.1:log5</translation>
    </message>
    <message>
        <source>--lr &apos;%1&apos; refused: a range takes 2 to %2 rates (log2 … log%2)</source>
        <translation>拒绝 --lr &apos;%1&apos;：一个范围取 2 到 %2 个学习率（log2 … log%2）</translation>
    </message>
    <message>
        <source>--lr &apos;%1&apos; refused: its rates are too close to tell apart: give fewer</source>
        <translation>拒绝 --lr &apos;%1&apos;：其中的学习率太接近，无法区分：请给少一些</translation>
    </message>
    <message>
        <source>--lr %1 refused: %2</source>
        <translation>拒绝 --lr %1：%2</translation>
    </message>
    <message>
        <source>--hidden &apos;%1&apos;: &apos;%2&apos; is not a layer size ≥ 1: give each network&apos;s hidden sizes, networks apart with |, e.g. &quot;20,7,5|50|100,50&quot; (none for no hidden layer)</source>
        <translation>--hidden &apos;%1&apos;：&apos;%2&apos; 不是 ≥ 1 的层大小：请给出每个网络的隐藏层大小，网络之间用 | 分隔，例如 &quot;20,7,5|50|100,50&quot;（none 表示没有隐藏层）</translation>
    </message>
    <message>
        <source>--hidden lists &apos;%1&apos; twice: give each network once</source>
        <translation>--hidden 把 &apos;%1&apos; 列了两次：每个网络只给一次</translation>
    </message>
    <message>
        <source>whole numbers of examples per update, e.g. 32,64 (0: the full batch)</source>
        <translation>每次更新用的样本数（整数），例如 32,64（0：全部样本一个批量）</translation>
    </message>
    <message>
        <source>optimisers from %1, e.g. gd,adam</source>
        <translation>从 %1 中选择优化器，例如 gd,adam</translation>
    </message>
    <message>
        <source>λ values ≥ 0, e.g. 0,0.1,0.7</source>
        <translation>λ 取值 ≥ 0，例如 0,0.1,0.7</translation>
    </message>
    <message>
        <source>keep probabilities above 0 and at most 1 for every hidden layer, e.g. 1,0.8 (1: no dropout)</source>
        <translation>每个隐藏层的保留概率，大于 0 且不超过 1，例如 1,0.8（1：不用 dropout）</translation>
    </message>
    <message>
        <source>initialisers from %1, e.g. notebook,he</source>
        <translation>从 %1 中选择初始化方法，例如 notebook,he</translation>
    </message>
    <message>
        <source>--seeds 0 refused: give at least 1 (runs per setting)</source>
        <translation>拒绝 --seeds 0：至少给 1（每组设置的运行次数）</translation>
    </message>
    <message>
        <source>--seed %1 with --seeds %2 goes past the largest seed, %3: give a smaller --seed or fewer --seeds</source>
        <translation>--seed %1 加上 --seeds %2 超过了最大的种子 %3：请给更小的 --seed 或更少的 --seeds</translation>
    </message>
    <message>
        <source>--seeds %1 refused: a sweep makes at most %2 runs</source>
        <translation>拒绝 --seeds %1：一次扫描最多 %2 次运行</translation>
    </message>
    <message>
        <source>every axis of a sweep needs at least one value</source>
        <translation>扫描的每个坐标轴至少需要一个值</translation>
    </message>
    <message>
        <source>the sweep&apos;s grid has more runs than can be counted: give fewer values, or --sample K to draw K of them</source>
        <translation>扫描网格的运行次数多到无法计数：请给少一些值，或用 --sample K 抽取其中 K 次</translation>
    </message>
    <message>
        <source>the sweep has %1 runs, more than %2: give fewer values, or --sample K to draw K of them</source>
        <translation>扫描有 %1 次运行，超过 %2：请给少一些值，或用 --sample K 抽取其中 K 次</translation>
    </message>
    <message>
        <source>--sample %1 refused: a sweep makes at most %2 runs</source>
        <translation>拒绝 --sample %1：一次扫描最多 %2 次运行</translation>
    </message>
    <message>
        <source>--sample %1 refused: the grid has only %2 runs: leave out --sample to make them all</source>
        <translation>拒绝 --sample %1：网格只有 %2 次运行：去掉 --sample 即可全部运行</translation>
    </message>
</context>
<context>
    <name>layerlab::SweepResultsModel</name>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <source>Keep probability</source>
        <translation>保留概率</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>最终代价</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>运行编号</translation>
    </message>
</context>
<context>
    <name>layerlab::SweepRunner</name>
    <message>
        <source>--iterations 0 refused: train for at least 1 iteration</source>
        <translation>拒绝 --iterations 0：至少训练 1 次迭代</translation>
    </message>
    <message>
        <source>run %1 (%2) refused: %3</source>
        <translation>拒绝运行 %1（%2）：%3</translation>
    </message>
    <message>
        <source>out of memory: use a smaller network, or fewer runs at once</source>
        <translation>内存不足：请用更小的网络，或同时运行更少的次数</translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingOptionsPanel</name>
    <message>
        <source>How each step uses the gradient: plain gradient descent, or momentum, RMSprop and Adam, which smooth and rescale it to train faster.</source>
        <translation>每一步如何使用梯度：普通的梯度下降，或 Momentum、RMSprop 和 Adam，它们平滑并缩放梯度，训练更快。</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum（动量）</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>β1: how much of the past gradients momentum and Adam keep in their running average (0.9 averages about the last 10 steps).</source>
        <translation>β1：Momentum 和 Adam 在滑动平均中保留多少过去的梯度（0.9 约平均最近 10 步）。</translation>
    </message>
    <message>
        <source>β2: how long RMSprop and Adam remember the size of past gradients (0.999 averages about the last 1000 steps).</source>
        <translation>β2：RMSprop 和 Adam 记住过去梯度大小的时长（0.999 约平均最近 1000 步）。</translation>
    </message>
    <message>
        <source>ε: a tiny number RMSprop and Adam add before dividing, so a weight with a zero gradient never divides by zero.</source>
        <translation>ε：RMSprop 和 Adam 在做除法前加上的极小数，梯度为零的权重也不会除以零。</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Examples per update: the whole training set as in the notebook, or small shuffled mini-batches that update more often but noisier.</source>
        <translation>每次更新使用的样本数：像课程笔记本那样用整个训练集，或用打乱后的小批量，更新更频繁但噪声更大。</translation>
    </message>
    <message>
        <source>Epochs: how many times training passes over every training example.</source>
        <translation>轮次：训练遍历全部训练样本的次数。</translation>
    </message>
    <message>
        <source>L2 λ: penalises large weights so the network prefers simpler fits and overfits less (0 turns it off).</source>
        <translation>L2 λ：惩罚较大的权重，让网络倾向更简单的拟合、减少过拟合（0 为关闭）。</translation>
    </message>
    <message>
        <source>Learning-rate decay: shrink the learning rate epoch by epoch so training takes big steps first and careful ones near the end.</source>
        <translation>学习率衰减：逐轮减小学习率，训练先迈大步，接近结束时小心前进。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Inverse: α0 / (1 + rate·epoch)</source>
        <translation>反比：α0 / (1 + rate·epoch)</translation>
    </message>
    <message>
        <source>Exponential: α0 · rate^epoch</source>
        <translation>指数：α0 · rate^epoch</translation>
    </message>
    <message>
        <source>Step: α0 / (1 + rate·⌊epoch / interval⌋)</source>
        <translation>阶梯：α0 / (1 + rate·⌊epoch / interval⌋)</translation>
    </message>
    <message>
        <source>The decay rate: how fast the learning rate shrinks (for exponential decay, the share kept each epoch, e.g. 0.95).</source>
        <translation>衰减率：学习率减小的快慢（指数衰减时为每轮保留的比例，例如 0.95）。</translation>
    </message>
    <message>
        <source>Step decay lowers the learning rate once every this many epochs.</source>
        <translation>阶梯衰减每隔这么多轮降低一次学习率。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Early stopping: stop when the validation cost has not improved for this many epochs and keep the best weights seen.</source>
        <translation>提前停止：验证代价连续这么多轮没有改善时停止，并保留见过的最佳权重。</translation>
    </message>
    <message>
        <source>The share of training examples held back to watch for overfitting when early stopping is on.</source>
        <translation>开启提前停止时，留出用于监测过拟合的训练样本比例。</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>优化器(&amp;O)</translation>
    </message>
    <message>
        <source>β&amp;1</source>
        <translation>β&amp;1</translation>
    </message>
    <message>
        <source>β&amp;2</source>
        <translation>β&amp;2</translation>
    </message>
    <message>
        <source>&amp;ε</source>
        <translation>&amp;ε</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>批量大小(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;pochs</source>
        <translation>轮次(&amp;P)</translation>
    </message>
    <message>
        <source>L2 &amp;λ</source>
        <translation>L2 正则化 &amp;λ</translation>
    </message>
    <message>
        <source>&amp;Decay</source>
        <translation>学习率衰减(&amp;D)</translation>
    </message>
    <message>
        <source>Decay &amp;interval (epochs)</source>
        <translation>衰减间隔（轮次）(&amp;I)</translation>
    </message>
    <message>
        <source>Early &amp;stop patience</source>
        <translation>提前停止的耐心(&amp;S)</translation>
    </message>
    <message>
        <source>Deca&amp;y rate</source>
        <translation>衰减率(&amp;Y)</translation>
    </message>
    <message>
        <source>Validatio&amp;n share</source>
        <translation>验证集比例(&amp;N)</translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingSetupPanel</name>
    <message>
        <source>Dropout: each training step switches off a random share of a hidden layer&apos;s units (1 keeps them all), so no unit can rely on another</source>
        <translation>Dropout：每个训练步随机关闭隐藏层的一部分单元（1 表示全部保留），使任何单元都不能依赖别的单元</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout&lt;/b&gt; — keep probability per hidden layer</source>
        <translation>&lt;b&gt;Dropout&lt;/b&gt; — 每个隐藏层的保留概率</translation>
    </message>
    <message>
        <source>Optimisation (Adam, mini-batches, L2…)</source>
        <translation>优化（Adam、小批量、L2…）</translation>
    </message>
    <message>
        <source>Show the options of the second course: how each step uses the gradient, on how many examples, and how to fight overfitting</source>
        <translation>显示第二门课的选项：每一步如何使用梯度、用多少样本，以及如何对抗过拟合</translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingStatusBar</name>
    <message>
        <source>What the training run is doing</source>
        <translation>训练当前在做什么</translation>
    </message>
    <message>
        <source>Iterations done of the iteration budget</source>
        <translation>已完成的迭代次数 / 计划的迭代次数</translation>
    </message>
    <message>
        <source>Gradient-descent iterations per second</source>
        <translation>每秒梯度下降迭代次数</translation>
    </message>
    <message>
        <source>Time spent training, pauses excluded</source>
        <translation>训练用时，不含暂停</translation>
    </message>
    <message>
        <source>Share of training and test images classified right</source>
        <translation>训练图像和测试图像分类正确的比例</translation>
    </message>
    <message>
        <source>Iteration —</source>
        <translation>迭代 —</translation>
    </message>
    <message>
        <source>— it/s</source>
        <translation>— 次/秒</translation>
    </message>
    <message>
        <source>0:00</source>
        <translation>0:00</translation>
    </message>
    <message>
        <source>Train — · Test —</source>
        <translation>训练 — · 测试 —</translation>
    </message>
    <message>
        <source>Iteration %1 / %2</source>
        <translation>迭代 %1 / %2</translation>
    </message>
    <message>
        <source> · epoch %1</source>
        <translation> · 第 %1 轮</translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation>%1 次/秒</translation>
    </message>
    <message>
        <source>Train %1 · Test %2</source>
        <translation>训练 %1 · 测试 %2</translation>
    </message>
</context>
<context>
    <name>layerlab::WeightPicturesView</name>
    <message>
        <source>Colour scale</source>
        <translation>颜色刻度</translation>
    </message>
    <message>
        <source>Layer whose weights are shown</source>
        <translation>显示其权重的层</translation>
    </message>
    <message>
        <source>Weights as pictures</source>
        <translation>权重图像</translation>
    </message>
    <message>
        <source>%1, one picture per unit</source>
        <translation>%1，每个单元一张图像</translation>
    </message>
    <message>
        <source>%1, heat map</source>
        <translation>%1，热力图</translation>
    </message>
    <message>
        <source>Train or step once to see the weights.</source>
        <translation>训练或单步执行一次，即可看到权重。</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Blue negative, white 0, red positive; each unit on its own scale, ±its largest |w|. Colour channels side by side.</source>
        <translation>蓝色为负，白色为 0，红色为正；每个单元按自己的刻度，即 ±它最大的 |w|。各颜色通道并排显示。</translation>
    </message>
    <message>
        <source>Rows are the %1 units, columns their %2 inputs. Blue −%3, white 0, red +%3.</source>
        <translation>行是 %1 个单元，列是它们的 %2 个输入。蓝色 −%3，白色 0，红色 +%3。</translation>
    </message>
    <message>
        <source>W[%1] after iteration %2</source>
        <translation>第 %2 次迭代后的 W[%1]</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Blue negative, white 0, red positive; each unit on its own scale, ±its largest |w|.</source>
        <translation>蓝色为负，白色为 0，红色为正；每个单元按自己的刻度，即 ±它最大的 |w|。</translation>
    </message>
</context>
</TS>
