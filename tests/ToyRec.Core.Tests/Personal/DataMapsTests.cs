using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class DataMapsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("toyrec-datamaps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_SharedDataMaps_GivesAsinsOfItemsAndUsersOfReviewers()
    {
        var map = DataMaps.Read(SharedData.DataMaps);

        Assert.Equal(11_924, map.Count);
        Assert.Matches("^[0-9A-Z]{10}$", map.AsinOf("1"));
        Assert.Equal("1", map.UserOfReviewer("AQW172A5SG5OC"));
        Assert.Null(map.UserOfReviewer("1"));
        Assert.True(map.HasReviewers);
    }

    [Fact]
    public void Read_ReviewerOfTwoUsers_AskingForItSaysSoAndTheOthersStillWork()
    {
        var map = DataMaps.Read(Write("""{"id2item": {}, "id2user": {"1": "A", "2": "B", "3": "A"}}"""));

        Assert.Equal("2", map.UserOfReviewer("B"));
        var e = Assert.Throws<InvalidDataException>(() => map.UserOfReviewer("A"));
        Assert.EndsWith("id2user gives the reviewer id 'A' to more than one user; expected each reviewer once.",
            e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id2item": {"1": "X", "1": "Y"}}""", "id2item gives '1' twice; expected each id once.")]
    [InlineData("""{"id2item": {}, "id2user": {"1": 5}}""", "id2user['1'] is Number; expected a reviewer id string.")]
    [InlineData("""{"id2item": {}, "id2user": []}""", "'id2user' is Array; expected an object.")]
    [InlineData("{}", "no 'id2item' object; expected a datamaps.json file (an object with id2item and id2user " +
        "tables).")]
    [InlineData("[1, 2, 3]", "the file is a JSON Array; expected an object with id2item and id2user tables.")]
    [InlineData("""{"id2item": {}, "id2user": {}, "id2user": {"1": "X"}}""",
        "'id2user' is given twice; expected each table once.")]
    [InlineData("{\n  \"id2item\": {,", "line 2, byte 15: not JSON; expected a datamaps.json file (an object with " +
        "id2item and id2user tables).")]
    public void Read_BadTable_ThrowsNamingFileAndProblem(string json, string problem)
    {
        string path = Write(json);

        var e = Assert.Throws<InvalidDataException>(() => DataMaps.Read(path));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.EndsWith(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotUtf8OrWithAByteOrderMark_ErrorOrRead()
    {
        string bad = Path.Combine(_folder, "latin1.json");
        File.WriteAllBytes(bad, [.. """{"id2item": {"1": "A"""u8, 0xFF, .. "\"}}"u8]);
        string bom = Path.Combine(_folder, "bom.json");
        File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. """{"id2item": {"1": "B000000001"}}"""u8]);

        var e = Assert.Throws<InvalidDataException>(() => DataMaps.Read(bad));

        Assert.Equal($"{bad}: not UTF-8 text; expected a datamaps.json file.", e.Message);
        Assert.Equal("B000000001", DataMaps.Read(bom).AsinOf("1"));
    }

    [Fact]
    public void Beside_NoFileOrAFolderOfThatName_NullOrAnError()
    {
        string log = Path.Combine(_folder, "sequential.txt");

        Assert.Null(DataMaps.Beside(log));
        Directory.CreateDirectory(Path.Combine(_folder, DataMaps.FileName));
        var e = Assert.Throws<InvalidDataException>(() => DataMaps.Beside(log));
        Assert.Equal($"{Path.Combine(_folder, DataMaps.FileName)} is a folder; expected the log's datamaps.json " +
            "file, or nothing.", e.Message);
    }

    [Fact]
    public void Read_NoUserTable_HasNoReviewers()
    {
        var map = DataMaps.Read(Write("""{"id2item": {"1": "B000000001"}}"""));

        Assert.False(map.HasReviewers);
        Assert.Equal("B000000001", map.AsinOf("1"));
    }

    private string Write(string json)
    {
        string path = Path.Combine(_folder, $"maps-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
