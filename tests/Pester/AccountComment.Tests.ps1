BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurAccountComment' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $credential = Get-EmulatorCredential
        Clear-EmulatorRequest
    }

    It 'Remove-ImgurComment binds CommentId from piped comments' {
        [ImgurPS.Models.ImgurComment]@{ Id = 7 }, [ImgurPS.Models.ImgurComment]@{ Id = 8 } | Remove-ImgurComment -Force -ErrorAction SilentlyContinue
        $requests = Get-EmulatorRequest
        $requests.method | Sort-Object -Unique | Should -Be 'DELETE'
        $requests.path | Should -Be @('/3/comment/7.json', '/3/comment/8.json')
    }

    It 'lists the user''s comments with the full path' {
        $comments = Get-ImgurAccountComment -Sort oldest -PerPage 10

        $comments | Should -Not -BeNullOrEmpty
        $comments | Should -BeOfType ImgurPS.Models.ImgurComment
        $comments.Author | Sort-Object -Unique | Should -Be $credential.username
        $request = Get-EmulatorRequest
        $request.path | Should -Be '/3/account/me/comments/oldest/0.json'
        $request.query | Should -Match 'perPage=10'
    }

    It 'gets one comment, the ids and the count, which agree' {
        $comments = Get-ImgurAccountComment -All
        $ids = Get-ImgurAccountComment -Ids -All
        $count = Get-ImgurAccountComment -Count

        $count | Should -BeOfType long
        $count | Should -Be $comments.Count
        ($ids | Sort-Object) | Should -Be ($comments.CommentId | ForEach-Object { "$_" } | Sort-Object)
        (Get-ImgurAccountComment -CommentId $comments[0].CommentId).Comment | Should -Be $comments[0].Comment
    }

    It 'gives the same comments in XML' {
        (Get-ImgurAccountComment -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurAccountComment | ConvertTo-Comparable)
    }

    It 'reports an unknown comment as ObjectNotFound' {
        $null = Get-ImgurAccountComment -CommentId 1 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 1
    }

    It 'pipes to Remove-ImgurComment, which deletes each comment by its CommentId' {
        $first = Get-ImgurAccountComment | Select-Object -First 1
        Clear-EmulatorRequest

        $first | Remove-ImgurComment -Force

        $delete = Get-EmulatorRequest
        $delete.method | Should -Be 'DELETE'
        $delete.path | Should -Be "/3/comment/$($first.CommentId).json"
        (Get-ImgurAccountComment -All).CommentId | Should -Not -Contain $first.CommentId
    }

    It 'deletes through the account route with -Username' {
        $first = Get-ImgurAccountComment | Select-Object -First 1
        Clear-EmulatorRequest

        $first | Remove-ImgurComment -Username me -Force

        (Get-EmulatorRequest).path | Should -Be "/3/account/me/comment/$($first.CommentId).json"
    }
}
