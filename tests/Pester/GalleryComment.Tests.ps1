BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurGalleryComment' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        $item = Get-ImgurGallery | Where-Object CommentCount -GT 0 | Select-Object -First 1
        Clear-EmulatorRequest
    }

    It 'Get-ImgurGallery | Get-ImgurGalleryComment reads each item''s threads by GalleryId' {
        $comments = Get-ImgurGallery | Where-Object CommentCount -GT 0 | Select-Object -First 2 | Get-ImgurGalleryComment

        $requests = Get-EmulatorRequest | Where-Object path -Match '/comments/'
        $requests | Should -HaveCount 2
        $requests[0].path | Should -Match '^/3/gallery/[^/]+/comments/best\.json$'
        $comments | Should -Not -BeNullOrEmpty
        $comments | ForEach-Object { $_ | Should -BeOfType ImgurPS.Models.ImgurComment }
    }

    It 'gets the threads sorted, one comment by id, the ids and the count' {
        $threads = Get-ImgurGalleryComment -GalleryId $item.GalleryId -Sort new
        $one = Get-ImgurGalleryComment -GalleryId $item.GalleryId -CommentId $threads[0].CommentId
        $ids = Get-ImgurGalleryComment -GalleryId $item.GalleryId -Ids
        $count = Get-ImgurGalleryComment -GalleryId $item.GalleryId -Count

        $threads | Should -Not -BeNullOrEmpty
        $threads.ImageId | Sort-Object -Unique | Should -Be $item.GalleryId
        $one.Comment | Should -Be $threads[0].Comment
        $ids | Should -Contain "$($threads[0].CommentId)"
        $count | Should -BeOfType long
        $count | Should -Be $ids.Count
        (Get-EmulatorRequest).path | Should -Be @(
            "/3/gallery/$($item.GalleryId)/comments/new.json"
            "/3/gallery/$($item.GalleryId)/comment/$($threads[0].CommentId).json"
            "/3/gallery/$($item.GalleryId)/comments/ids.json"
            "/3/gallery/$($item.GalleryId)/comments/count.json")
    }

    It 'gives the same threads in XML' {
        (Get-ImgurGalleryComment $item.GalleryId -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurGalleryComment $item.GalleryId | ConvertTo-Comparable)
    }

    It 'reports an unknown gallery item as ObjectNotFound' {
        $null = Get-ImgurGalleryComment -GalleryId 'NoSuchItem' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchItem'
    }

    It 'completes the gallery comment sorts on Tab' {
        $line = 'Get-ImgurGalleryComment -Sort '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('best', 'new', 'top')
    }
}
