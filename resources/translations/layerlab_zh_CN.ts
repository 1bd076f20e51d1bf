<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>&amp;Fit</source>
        <translation>适应(&amp;F)</translation>
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
</context>
<context>
    <name>layerlab::DropRouter</name>
    <message>
        <source>Classifying the pictures; ignored what is not a picture: %1</source>
        <translation>正在分类图片；已忽略不是图片的内容：%1</translation>
    </message>
    <message>
        <source>Drop one data set or model at a time (%1 were dropped).</source>
        <translation>一次只能拖入一个数据集或模型（拖入了 %1 个）。</translation>
    </message>
    <message>
        <source>Cannot use %1: drop pictures to classify, a data set (a folder of class folders, a course .h5 file, an IDX folder) or a saved LayerLab model.</source>
        <translation>无法使用 %1：请拖入要分类的图片、数据集（每类一个子文件夹的文件夹、课程 .h5 文件、IDX 文件夹）或保存的 LayerLab 模型。</translation>
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
        <source>S&amp;tep</source>
        <translation>单步(&amp;E)</translation>
    </message>
    <message>
        <source>Run one iteration, then pause</source>
        <translation>运行一次迭代后暂停</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>重置权重(&amp;R)</translation>
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
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
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
        <source>Decay &amp;rate</source>
        <translation>衰减率(&amp;R)</translation>
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
        <source>&amp;Validation share</source>
        <translation>验证集比例(&amp;V)</translation>
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
</TS>
