import CLibXML2

/// Reading libxml2's tree: names, text, attributes, and a walk in document order.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name in lower case; nil for text, comments and other non-elements.
    var elementName: String? {
        guard pointee.type == XML_ELEMENT_NODE, let name = pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    /// A text node's characters, entities such as `&nbsp;` already replaced.
    var text: String { pointee.content.map { String(cString: $0) } ?? "" }

    var elementChildren: [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            if node.elementName != nil { children.append(node) }
            child = node.pointee.next
        }
        return children
    }

    /// The value of attribute `name` (lower case), or nil when the element does not have it.
    func attribute(_ name: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    value += node.text
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Visits this node's descendants in document order without recursion, since a crafted
    /// page may nest elements thousands deep. `enter` says whether to go into a node's
    /// children; `leave` follows them (or the node at once when they were skipped).
    func walk(enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void = { _ in }) {
        var next = pointee.children
        while let node = next {
            if enter(node), let child = node.pointee.children {
                next = child
                continue
            }
            next = nil
            var finished: xmlNodePtr? = node
            while let done = finished {
                leave(done)
                if let sibling = done.pointee.next {
                    next = sibling
                    break
                }
                guard let parent = done.pointee.parent, parent != self else { break }
                finished = parent
            }
        }
    }
}
