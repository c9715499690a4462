import ChartScene

/// One chart file's outputs, ready to write or to compare with what is on disk.
public struct RenderedChart: Sendable {
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    public var spec: String
    public var files: [File]
    /// What the chart draws, for `check` to compare with the committed `NAME.scene.json`.
    public var scene: Scene
    public var seconds: Double
}

/// What became of one chart file: its outputs, or the error that stopped it.
public struct ChartOutcome: Sendable {
    public var spec: String
    public var result: Result<RenderedChart, ChartFailure>
}

/// A chart that could not be drawn, with the message to show.
public struct ChartFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
}
