from desktop.study.bar_chart import BAR_HEIGHT, BarChart


def test_bars_are_drawn_longest_to_scale(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([("隐患", 12.0, "12×"), ("防汛", 3.0, "3×")])
    assert chart.sizeHint().height() >= 2 * BAR_HEIGHT
    chart.resize(400, chart.sizeHint().height())
    image = chart.grab().toImage()
    bar = chart.color.rgb()

    def filled(row):
        y = 4 + row * (BAR_HEIGHT + 4) + BAR_HEIGHT // 2
        return sum(image.pixel(x, y) == bar for x in range(image.width()))
    assert filled(0) > 3 * filled(1) > 0
