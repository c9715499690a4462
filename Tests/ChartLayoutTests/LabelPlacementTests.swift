import ChartScene
import Testing
@testable import ChartLayout

/// The label service's promises, checked on examples and on thousands of generated cases: a
/// label sits next to its own mark or is dropped, never on another label or an obstacle, never
/// outside the area, and never dropped for a label that ranks below it; end labels keep the
/// order of their lines and move as little as that order allows.
@Suite struct LabelPlacementTests {
    // MARK: LabelPlacer, examples

    @Test func aLabelTakesItsFirstFreeCandidate() {
        let requests = [
            request(anchor: point(100, 100), [.above, .below], payload: 0),
            request(anchor: point(105, 100), [.above, .below], payload: 1),
        ]
        let result = LabelPlacer.place(requests, obstacles: [], area: canvas, gap: 2)
        #expect(result.placed.map(\.box) == [
            Rect(x: 90, y: 88, width: 20, height: 10),
            Rect(x: 95, y: 102, width: 20, height: 10),
        ])
        #expect(result.dropped.isEmpty)
    }

    @Test func higherPriorityWinsWhateverTheInputOrder() {
        let requests = [
            request(anchor: point(100, 100), [.above], priority: 0, payload: 7),
            request(anchor: point(101, 100), [.above], priority: 3, payload: 8),
        ]
        let result = LabelPlacer.place(requests, obstacles: [], area: canvas, gap: 2)
        #expect(result.placed.map(\.payload) == [8])
        #expect(result.dropped == [7])
    }

    @Test func aBarDoesNotBlockItsOwnLabelButBlocksOthers() {
        let bar = Rect(x: 50, y: 50, width: 100, height: 20)
        let requests = [
            request(anchor: bar, [.center], payload: 0),
            request(anchor: point(100, 45), [.below], payload: 1),
        ]
        let result = LabelPlacer.place(requests, obstacles: [bar], area: canvas, gap: 2)
        #expect(result.placed.map(\.box) == [Rect(x: 90, y: 55, width: 20, height: 10)])
        #expect(result.dropped == [1])
    }

    @Test func aLabelThatWouldLeaveTheAreaTriesTheNextPlace() {
        let requests = [request(anchor: point(5, 5), [.above, .aboveRight, .belowRight], payload: 0)]
        let result = LabelPlacer.place(requests, obstacles: [], area: canvas, gap: 2)
        let d = 2 / 2.squareRoot()
        #expect(result.placed.map(\.box) == [Rect(x: 5 + d, y: 5 + d, width: 20, height: 10)])
    }

    @Test func aLabelOfNoSizeOrNoPlaceIsDropped() {
        var nan = request(anchor: point(100, 100), [.above], payload: 0)
        nan.size.width = .nan
        let nowhere = request(anchor: point(100, 100), [], payload: 1)
        let outside = request(anchor: point(-500, 100), [.above, .left, .right], payload: 2)
        let result = LabelPlacer.place([nan, nowhere, outside], obstacles: [.init(x: .nan, y: 0, width: 1, height: 1)], area: canvas, gap: 2)
        #expect(result.placed.isEmpty)
        #expect(result.dropped == [0, 1, 2])
    }

    // MARK: LabelPlacer, properties

    @Test func generatedCasesKeepEveryRule() {
        var random = SplitMix(seed: 9)
        for _ in 0..<600 {
            let scenario = Scenario.random(using: &random)
            let result = LabelPlacer.place(scenario.requests, obstacles: scenario.obstacles, area: scenario.area, gap: scenario.gap)
            scenario.check(result)
        }
    }

    /// 20,000 labels over a large chart and 20,000 piled on one point: an all-pairs loop would
    /// take minutes here, the grid a moment.
    @Test func twentyThousandLabelsArePlacedInOnePass() {
        var random = SplitMix(seed: 20_000)
        let area = Rect(x: 0, y: 0, width: 2000, height: 1400)
        let spread = (0..<20_000).map { i in
            request(anchor: point(random.double(in: 0...2000), random.double(in: 0...1400)), LabelPosition.allCases, priority: i % 4, payload: i)
        }
        let result = LabelPlacer.place(spread, obstacles: [], area: area, gap: 2)
        expectConsistent(result, requests: spread, area: area, gap: 2)
        #expect(result.placed.count > 2000)

        let piled = (0..<20_000).map { request(anchor: point(1000, 700), LabelPosition.allCases, payload: $0) }
        let pile = LabelPlacer.place(piled, obstacles: [], area: area, gap: 2)
        expectConsistent(pile, requests: piled, area: area, gap: 2)
        #expect(pile.placed.count >= 2 && pile.placed.count <= 9)
        #expect(pile.placed.map(\.payload) == Array(0..<pile.placed.count))
    }

    @Test func aHundredThousandLabelsAmongTenThousandObstaclesComplete() {
        var random = SplitMix(seed: 100_000)
        let area = Rect(x: 0, y: 0, width: 2000, height: 1400)
        let obstacles = (0..<10_000).map { _ in
            Rect(x: random.double(in: 0...2000), y: random.double(in: 0...1400), width: random.double(in: 0...6), height: random.double(in: 0...6))
        }
        let requests = (0..<100_000).map { i in
            request(anchor: point(random.double(in: 0...2000), random.double(in: 0...1400)), [.above, .right, .below, .left], priority: i % 3, payload: i)
        }
        let result = LabelPlacer.place(requests, obstacles: obstacles, area: area, gap: 1)
        expectConsistent(result, requests: requests, area: area, gap: 1)
    }

    // MARK: EndLabels, examples

    @Test func threeLabelsAtOneEndStackAroundItWithLeaders() {
        let labels = (0..<3).map { EndLabel(text: "s\($0)", size: Size(width: 30, height: 10), anchorY: 100, anchorX: 380, payload: $0) }
        let result = EndLabels.spread(labels, x: 384, top: 0, bottom: 300, gap: 1)
        #expect(result.placed.map(\.box.minY) == [84, 95, 106])
        #expect(result.placed.map(\.payload) == [0, 1, 2])
        #expect(result.placed[1].leader == nil)
        #expect(result.placed[0].leader?.from == Point(380, 100))
        #expect(result.placed[0].leader?.to == Point(384, 89))
        #expect(result.dropped.isEmpty)
    }

    @Test func labelsPushedAgainstTheTopStayInside() {
        let labels = [EndLabel(text: "a", size: Size(width: 30, height: 10), anchorY: 1, payload: 0), EndLabel(text: "b", size: Size(width: 30, height: 10), anchorY: 2, payload: 1)]
        let result = EndLabels.spread(labels, x: 0, top: 0, bottom: 300)
        #expect(result.placed.map(\.box.minY) == [0, 11])
    }

    @Test func whenTheyCannotAllFitTheExtremesAndTheMiddleStay() {
        let labels = (0..<10).map { EndLabel(text: "s\($0)", size: Size(width: 30, height: 10), anchorY: Double($0) * 3, payload: 100 + $0) }
        let result = EndLabels.spread(labels.reversed(), x: 0, top: 0, bottom: 35, gap: 1)
        #expect(result.placed.map(\.payload) == [100, 104, 109])
        #expect(Set(result.dropped) == Set(labels.map(\.payload)).subtracting([100, 104, 109]))
    }

    // MARK: EndLabels, properties

    @Test func roomyLabelsSitOnTheirLineEnds() {
        var random = SplitMix(seed: 1)
        for _ in 0..<500 {
            var y = random.double(in: 0...20)
            let labels = (0..<random.int(in: 0...15)).map { i -> EndLabel in
                let height = random.double(in: 6...16)
                y += height / 2 + random.double(in: 1...12)
                defer { y += height / 2 }
                return EndLabel(text: "\(i)", size: Size(width: 40, height: height), anchorY: y, payload: i)
            }
            let result = EndLabels.spread(labels.shuffled(using: &random), x: 10, top: 0, bottom: y + 20, gap: 1)
            #expect(result.dropped.isEmpty)
            for placed in result.placed {
                #expect(abs(placed.box.center.y - labels[placed.payload].anchorY) < 1e-9)
                #expect(placed.leader == nil)
            }
        }
    }

    @Test func generatedEndLabelsKeepOrderAndRoomAndMoveLeast() {
        var random = SplitMix(seed: 2)
        for _ in 0..<1500 {
            let top = random.double(in: -50...50)
            let bottom = top + random.double(in: 0...400)
            let gap = random.double(in: 0...3)
            let centre = random.double(in: top - 40...bottom + 40)
            let labels = (0..<random.int(in: 0...40)).map { i in
                EndLabel(text: "\(i)", size: Size(width: 40, height: random.double(in: 4...20)), anchorY: centre + random.double(in: -150...150) * random.double(in: 0...1), payload: i)
            }
            let result = EndLabels.spread(labels, x: 10, top: top, bottom: bottom, gap: gap)
            checkEndLabels(labels, result, top: top, bottom: bottom, gap: gap)
        }
    }

    @Test func aHundredThousandEndLabelsComplete() {
        var random = SplitMix(seed: 3)
        let labels = (0..<100_000).map { EndLabel(text: "\($0)", size: Size(width: 40, height: 10), anchorY: random.double(in: 0...500_000), payload: $0) }
        let result = EndLabels.spread(labels, x: 0, top: 0, bottom: 1_200_000)
        #expect(result.dropped.isEmpty)
        #expect(zip(result.placed, result.placed.dropFirst()).allSatisfy { $0.box.maxY + 1 <= $1.box.minY + 1e-6 })
    }
}

// MARK: - Helpers

private let canvas = Rect(x: 0, y: 0, width: 400, height: 300)

private func point(_ x: Double, _ y: Double) -> Rect { Rect(x: x, y: y, width: 0, height: 0) }

private func request(anchor: Rect, _ candidates: [LabelPosition], priority: Int = 1, payload: Int, width: Double = 20, height: Double = 10) -> LabelRequest {
    LabelRequest(text: "\(payload)", size: Size(width: width, height: height), anchor: anchor, candidates: candidates, priority: priority, payload: payload)
}

/// The distance between two rectangles (0 when they touch or overlap).
private func distance(_ a: Rect, _ b: Rect) -> Double {
    let dx = max(0, a.minX - b.maxX, b.minX - a.maxX)
    let dy = max(0, a.minY - b.maxY, b.minY - a.maxY)
    return (dx * dx + dy * dy).squareRoot()
}

/// Every payload once, every box inside the area and at one of its own candidate places, no
/// two boxes overlapping (found by a sweep over x, so it scales to the big cases).
private func expectConsistent(_ result: (placed: [PlacedLabel], dropped: [Int]), requests: [LabelRequest], area: Rect, gap: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect((result.placed.map(\.payload) + result.dropped).sorted() == requests.map(\.payload).sorted(), sourceLocation: sourceLocation)
    for p in result.placed {
        #expect(area.contains(p.box, tolerance: 1e-9), sourceLocation: sourceLocation)
        let r = requests[p.payload]
        #expect(r.candidates.contains { $0.box(r.size, anchor: r.anchor, gap: gap) == p.box }, "label \(p.payload) at \(p.box) is at none of its candidates", sourceLocation: sourceLocation)
    }
    let boxes = result.placed.map(\.box).sorted { $0.minX < $1.minX }
    for i in boxes.indices {
        var j = i + 1
        while j < boxes.count && boxes[j].minX < boxes[i].maxX {
            #expect(!boxes[i].intersects(boxes[j]), "\(boxes[i]) overlaps \(boxes[j])", sourceLocation: sourceLocation)
            j += 1
        }
    }
}

/// A generated chart: points and bars as anchors, some of them also obstacles, labels of mixed
/// sizes and priorities, a gap and an area that does not always hold every anchor.
private struct Scenario {
    var requests: [LabelRequest]
    var obstacles: [Rect]
    var area: Rect
    var gap: Double

    static func random(using random: inout SplitMix) -> Scenario {
        let area = Rect(x: random.double(in: -50...50), y: random.double(in: -50...50), width: random.double(in: 20...500), height: random.double(in: 20...400))
        let spill = 30.0
        func anchor() -> Rect {
            let x = random.double(in: area.minX - spill...area.maxX + spill), y = random.double(in: area.minY - spill...area.maxY + spill)
            return random.int(in: 0...2) == 0 ? Rect(x: x, y: y, width: random.double(in: 0...60), height: random.double(in: 0...20)) : point(x, y)
        }
        let requests = (0..<random.int(in: 0...150)).map { i in
            LabelRequest(
                text: "\(i)", size: Size(width: random.double(in: 0...40), height: random.double(in: 0...14)), anchor: anchor(),
                candidates: (0..<random.int(in: 0...5)).map { _ in LabelPosition.allCases[random.int(in: 0...8)] },
                priority: random.int(in: 0...3), payload: i
            )
        }
        var obstacles = (0..<random.int(in: 0...30)).map { _ in anchor() }
        obstacles += requests.filter { _ in random.int(in: 0...4) == 0 }.map(\.anchor)
        return Scenario(requests: requests, obstacles: obstacles, area: area, gap: random.double(in: 0...4))
    }

    /// Replays the rules against the answer: a placed label sits at one of its candidates,
    /// adjacent to its anchor, and every candidate it skipped (every one, if it was dropped) was
    /// outside the area, on an obstacle that is not its anchor, or on a label that ranks above it.
    func check(_ result: (placed: [PlacedLabel], dropped: [Int])) {
        expectConsistent(result, requests: requests, area: area, gap: gap)
        let rank = Dictionary(uniqueKeysWithValues: requests.indices.sorted {
            requests[$0].priority != requests[$1].priority ? requests[$0].priority > requests[$1].priority : $0 < $1
        }.enumerated().map { ($1, $0) })
        let placed = Dictionary(uniqueKeysWithValues: result.placed.map { ($0.payload, $0.box) })

        for (i, r) in requests.enumerated() {
            let boxes = r.candidates.map { $0.box(r.size, anchor: r.anchor, gap: gap) }
            let taken = placed[i].flatMap { box in boxes.firstIndex(of: box) }
            if let box = placed[i], let taken {
                let expected = r.candidates[taken] == .center ? 0 : gap
                #expect(abs(distance(box, r.anchor) - expected) < 1e-9, "label \(i) is \(distance(box, r.anchor)) from its anchor")
                for o in obstacles where o != r.anchor {
                    #expect(!o.intersects(box), "label \(i) at \(box) covers obstacle \(o)")
                }
            }
            for box in boxes.prefix(taken ?? boxes.count) {
                let blocked = !area.contains(box, tolerance: 1e-9)
                    || obstacles.contains { $0 != r.anchor && $0.intersects(box) }
                    || placed.contains { j, other in rank[j]! < rank[i]! && other.intersects(box) }
                #expect(blocked, "label \(i) (priority \(r.priority)) skipped a free place \(box)")
            }
        }
    }
}

/// Checks one spread: every label kept or dropped once; kept ones in the column, inside the room,
/// in the order of their anchors, `gap` apart; none dropped when all fit; a leader exactly when a
/// label moved; and no more total squared movement than the classic two-pass push gives.
private func checkEndLabels(_ labels: [EndLabel], _ result: (placed: [PlacedEndLabel], dropped: [Int]), top: Double, bottom: Double, gap: Double) {
    #expect((result.placed.map(\.payload) + result.dropped).sorted() == labels.map(\.payload))
    let order = labels.indices.sorted { labels[$0].anchorY != labels[$1].anchorY ? labels[$0].anchorY < labels[$1].anchorY : $0 < $1 }
    let kept = Set(result.placed.map(\.payload))
    #expect(result.placed.map(\.payload) == order.filter { kept.contains($0) })
    let needed = labels.map(\.size.height).reduce(0, +) + gap * Double(max(labels.count - 1, 0))
    if needed <= bottom - top { #expect(result.dropped.isEmpty) }

    for p in result.placed {
        #expect(p.box.minX == 10 && p.box.minY >= top - 1e-9 && p.box.maxY <= bottom + 1e-9, "\(p.box) outside \(top)…\(bottom)")
        let moved = abs(p.box.center.y - labels[p.payload].anchorY)
        #expect((p.leader != nil) == (moved > 2))
    }
    for (a, b) in zip(result.placed, result.placed.dropFirst()) {
        #expect(b.box.minY >= a.box.maxY + gap - 1e-9 && !a.box.intersects(b.box))
    }

    // The two passes of the old column dodge: feasible whenever everything fits, never better.
    guard result.dropped.isEmpty, !labels.isEmpty else { return }
    var tops = order.map { labels[$0].anchorY - labels[$0].size.height / 2 }
    let heights = order.map { labels[$0].size.height }
    for i in tops.indices { tops[i] = max(tops[i], i == 0 ? top : tops[i - 1] + heights[i - 1] + gap) }
    for i in tops.indices.reversed() { tops[i] = min(tops[i], i == tops.count - 1 ? bottom - heights[i] : tops[i + 1] - heights[i] - gap) }
    let twoPass = zip(order, tops).map { i, y in pow2(y + labels[i].size.height / 2 - labels[i].anchorY) }.reduce(0, +)
    let ours = result.placed.map { pow2($0.box.center.y - labels[$0.payload].anchorY) }.reduce(0, +)
    #expect(ours <= twoPass + 1e-6 * max(1, twoPass))
}

private func pow2(_ x: Double) -> Double { x * x }
